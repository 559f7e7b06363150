// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Post a Digital Interaction: POST /v2/digital-interaction
import { createGongClient, GongConflictError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId } = await gong.digitalInteractions.create({
    eventId: "evt-20240514-0001",
    timestamp: "2024-05-14T10:15:00Z",
    eventType: "signed a contract",
    sourceSystemName: "Acme Contracts",
    sessionId: "session-8841",
    device: "PC",
    content: {
      contentId: "contract-123",
      contentTitle: "Master Services Agreement",
      contentLabel: [
        "contract"
      ],
      contentUrl: "https://contracts.example.com/contract-123",
      contentAdditionalInfoUrl: "https://contracts.example.com/contract-123/activity",
      numericContentDetails: {
        value: 100,
        rangeFrom: 0,
        rangeTo: 100,
        numericType: "PERCENTAGE"
      },
      contentCustomFields: [
        {
          name: "Version",
          value: "2.0",
          dataType: "STRING"
        },
        {
          name: "Author",
          value: "Jane Smith",
          dataType: "STRING"
        }
      ]
    },
    person: {
      name: "John Doe",
      email: "john.doe@xyzcorp.com",
      personBusinessContext: {
        objectType: "CONTACT",
        objectId: "0033600001AbCdEAAV",
        systemName: "Salesforce"
      },
      location: {
        country: "US",
        state: "US-CA",
        city: "San Francisco"
      },
      company: {
        companyId: "7890",
        name: "XYZ Corp",
        domain: "xyzcorp.com",
        companyBusinessContexts: [
          {
            objectType: "ACCOUNT",
            objectId: "0013601230sV7grAAC",
            systemName: "Salesforce"
          }
        ]
      }
    },
    customFields: [
      {
        name: "Signing duration",
        value: "320",
        dataType: "DURATION"
      }
    ]
  });
  console.log(requestId);
} catch (error) {
  if (error instanceof GongConflictError) {
    console.error(`Conflict: ${error.errors.join("; ")}`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
