// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Add new call: POST /v2/calls
import { createGongClient, GongConflictError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, callId } = await gong.calls.create({
    clientUniqueId: "123abc",
    title: "Example call",
    purpose: "Demo Call",
    scheduledStart: "2018-02-17T02:30:00-08:00",
    scheduledEnd: "2018-02-19T02:30:00-08:00",
    actualStart: "2018-02-17T02:30:00-08:00",
    duration: 125.8,
    parties: [
      {
        phoneNumber: "+1 123-567-8989",
        emailAddress: "test@test.com",
        name: "Test User",
        partyId: "1",
        userId: "234599484848423"
      },
      {
        emailAddress: "jane.doe@customer.com",
        name: "Jane Doe",
        partyId: "2",
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
      }
    ],
    direction: "Outbound",
    disposition: "No Answer",
    context: [
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
    customData: "Optional data",
    speakersTimeline: {
      precise: true,
      speechSegments: [
        {
          fromTime: 5100,
          toTime: 24000,
          partyIds: [
            "1"
          ]
        },
        {
          fromTime: 24000,
          toTime: 31500,
          partyIds: [
            "2"
          ]
        }
      ]
    },
    meetingUrl: "https://www.conference.com/john.smith",
    callProviderCode: "clearslide",
    downloadMediaUrl: "https://upload-server.com/sample-call.mp3",
    workspaceId: "623457276584334",
    languageCode: "en-US",
    flowContext: {
      taskId: "714366367493425"
    },
    primaryUser: "234599484848423"
  });
  console.log(requestId, callId);
} catch (error) {
  if (error instanceof GongConflictError) {
    console.error(`Conflict: ${error.errors.join("; ")}`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
