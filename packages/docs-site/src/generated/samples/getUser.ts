// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Retrieve user: GET /v2/users/{id}
import { createGongClient, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, user } = await gong.users.get("234599484848423");
  console.log(requestId, user);
} catch (error) {
  if (error instanceof GongNotFoundError) {
    console.error(`Not found (request ${error.requestId})`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
