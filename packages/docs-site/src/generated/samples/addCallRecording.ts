// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Add call media: PUT /v2/calls/{id}/media
import { openAsBlob } from "node:fs";
import { createGongClient, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, callId, url } = await gong.calls.addMedia("7782342274025937895", await openAsBlob("recording.mp3", { type: "audio/mpeg" }), { onUploadProgress: ({ sent, total }) => console.log(`${sent} of ${total} bytes`) });
  console.log(requestId, callId, url);
} catch (error) {
  if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
