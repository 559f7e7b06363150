// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Retrieve detailed call data by various filters: POST /v2/calls/extensive
import { createGongClient, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  // Every item of every page: the client requests the next page with records.cursor.
  for await (const call of gong.calls.listByFilter({
    filter: {
      fromDateTime: "2018-02-17T02:30:00-08:00",
      toDateTime: "2018-02-19T02:30:00-08:00",
      workspaceId: "623457276584334",
      callIds: [
        "7782342274025937895"
      ],
      primaryUserIds: [
        "234599484848423"
      ]
    },
    contentSelector: {
      context: "Extended",
      contextTiming: [
        "Now",
        "TimeOfCall"
      ],
      exposedFields: {
        parties: true,
        content: {
          structure: true,
          topics: true,
          trackers: true,
          trackerOccurrences: true,
          pointsOfInterest: true,
          brief: true,
          outline: true,
          highlights: true,
          callOutcome: true,
          keyPoints: true
        },
        interaction: {
          speakers: true,
          video: true,
          personInteractionStats: true,
          questions: true
        },
        collaboration: {
          publicComments: true
        },
        media: true
      }
    }
  })) {
    console.log(call);
  }
} catch (error) {
  if (error instanceof GongNotFoundError) {
    console.error(`Not found (request ${error.requestId})`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
