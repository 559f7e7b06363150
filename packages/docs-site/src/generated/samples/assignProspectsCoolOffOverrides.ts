// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Assign prospects (contacts or leads) to an Engage flow regardless of the cool off status: POST /v2/flows/prospects/assign/cool-off-override
import { createGongClient, GongForbiddenError, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, prospectsAssigned, prospectsNotAssigned } = await gong.flows.assignProspectsOverridingCoolOff({
    crmProspectsIds: [
      "a5V1Q00A120DP4CVAW",
      "00Q5e00000AbCdEEAV"
    ],
    flowId: "1695493301223590792",
    flowInstanceOwnerEmail: "test@test.com"
  });
  console.log(requestId, prospectsAssigned, prospectsNotAssigned);
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
