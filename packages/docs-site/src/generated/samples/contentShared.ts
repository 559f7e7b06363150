// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Report event of a content share: PUT /v2/customer-engagement/content/shared
import { createGongClient, GongConflictError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, integrationId } = await gong.engagement.reportContentShared({
    reportingSystem: "abc123",
    eventTimestamp: "2021-02-17T02:30:00-08:00",
    eventId: "abc123",
    contentId: "doc_123456789",
    contentUrl: "https://example.com/doc_123456789",
    contentTitle: "Features & Spec V.1",
    shareId: "abc123",
    shareInfoUrl: "https://example.com/path/to/a/page",
    sharingMessageSubject: "Sample Subject",
    sharingMessageBody: "<b>Hi</b>",
    sharer: {
      id: "234599484848423",
      email: "test@test.com",
      name: "Test User"
    },
    recipients: [
      {
        email: "jane.smith@example.com",
        name: "Jane Smith"
      }
    ],
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
        name: "Recipients",
        value: "1",
        dataType: "number"
      }
    ],
    workspaceId: "623457276584334",
    actionName: "My Title"
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
