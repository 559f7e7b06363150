// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Retrieve transcripts of calls: POST /v2/calls/transcript
import { createGongClient, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  // Every item of every page: the client requests the next page with records.cursor.
  for await (const callTranscript of gong.calls.listTranscripts({
    filter: {
      fromDateTime: "2018-02-17T02:30:00-08:00",
      toDateTime: "2018-02-19T02:30:00-08:00",
      workspaceId: "623457276584334",
      callIds: [
        "7782342274025937895"
      ]
    }
  })) {
    console.log(callTranscript);
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
