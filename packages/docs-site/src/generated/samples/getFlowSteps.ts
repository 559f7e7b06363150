// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Get flow details and steps for one or more Engage flows: POST /v2/flows/steps
import { createGongClient, GongForbiddenError, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, flows } = await gong.flows.getSteps({
    flowIds: [
      "1695493301223590792",
      "1695493301223002764"
    ]
  });
  console.log(requestId, flows);
} catch (error) {
  if (error instanceof GongForbiddenError) {
    console.error(`Forbidden: check the token's scope (request ${error.requestId})`);
  } else if (error instanceof GongNotFoundError) {
    console.error(`Not found (request ${error.requestId})`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
