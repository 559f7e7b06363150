// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Get the results of a bulk assignment of prospects to a flow: GET /v2/flows/prospects/bulk-assignments/{id}
import { createGongClient, GongForbiddenError, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, id, status, totalCount, processedCount, successCount, failedCount, results } = await gong.flows.getBulkAssignment("f47ac10b-58cc-4372-a567-0e02b2c3d479");
  console.log(requestId, id, status, totalCount, processedCount, successCount, failedCount, results);
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
