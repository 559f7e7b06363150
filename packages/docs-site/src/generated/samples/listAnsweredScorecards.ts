// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Retrieve answered scorecards for applicable reviewed users or scorecards for a date range: POST /v2/stats/activity/scorecards
import { createGongClient, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  // Every item of every page: the client requests the next page with records.cursor.
  for await (const answeredScorecard of gong.stats.listAnsweredScorecards({
    filter: {
      callFromDate: "2019-01-20",
      callToDate: "2019-01-25",
      reviewFromDate: "2019-01-20",
      reviewToDate: "2019-01-25",
      reviewMethod: "MANUAL",
      reviewedUserIds: [
        "234599484848423"
      ],
      scorecardIds: [
        "6843152929075440037"
      ]
    }
  })) {
    console.log(answeredScorecard);
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
