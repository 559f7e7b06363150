// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// List Gong Engage flows: GET /v2/flows
import { createGongClient, GongForbiddenError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  // Every item of every page: the client requests the next page with records.cursor.
  for await (const flow of gong.flows.list({ flowOwnerEmail: "test@test.com", workspaceId: "623457276584334", folderId: "1695493301223573465", mostRecentlyAssigned: true })) {
    console.log(flow);
  }
} catch (error) {
  if (error instanceof GongForbiddenError) {
    console.error(`Forbidden: check the token's scope (request ${error.requestId})`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
