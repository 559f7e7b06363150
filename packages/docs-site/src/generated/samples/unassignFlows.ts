// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Unassign flows by Flow Instance ID: POST /v2/flows/prospects/unassign-flows-by-instance-id
import { createGongClient, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, unassignedFlowInstanceIds } = await gong.flows.unassignByInstanceIds({
    flowInstanceIds: [
      "234599484848423"
    ],
    unassignedByUserEmail: "test@test.com"
  });
  console.log(requestId, unassignedFlowInstanceIds);
} catch (error) {
  if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
