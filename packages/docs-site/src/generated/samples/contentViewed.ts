// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Report event of a content view: PUT /v2/customer-engagement/content/viewed
import { createGongClient, GongConflictError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, integrationId } = await gong.engagement.reportContentViewed({
    reportingSystem: "abc123",
    eventTimestamp: "2021-02-17T02:30:00-08:00",
    eventId: "abc123",
    contentId: "doc_123456789",
    contentUrl: "https://example.com/doc_123456789",
    contentTitle: "Features & Spec V.1",
    viewActionTitle: "My Title",
    shareId: "abc123",
    viewInfoUrl: "https://example.com/path/to/a/page",
    viewer: {
      email: "test@test.com",
      name: "Test User",
      title: "Enterprise Account Executive",
      context: [
        {
          system: "Salesforce",
          objects: [
            {
              objectType: "Contact",
              objectId: "0013601230sV7grAAC"
            }
          ]
        }
      ]
    },
    crmContext: [
      {
        system: "Salesforce",
        objects: [
          {
            objectType: "Account",
            objectId: "0013601230sV7grAAC"
          }
        ]
      }
    ],
    contentProperties: [
      {
        name: "Version",
        value: "2.0",
        dataType: "string"
      }
    ],
    eventProperties: [
      {
        name: "Pages viewed",
        value: "12",
        dataType: "number"
      }
    ],
    workspaceId: "623457276584334"
  });
  console.log(requestId, integrationId);
} catch (error) {
  if (error instanceof GongConflictError) {
    console.error(`Conflict: ${error.errors.join("; ")}`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
