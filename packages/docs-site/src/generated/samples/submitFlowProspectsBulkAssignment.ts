// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Submit a bulk assignment of prospects to a flow: POST /v2/flows/prospects/bulk-assignments
import { createGongClient, GongForbiddenError, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, id, status, totalCount, processedCount, successCount, failedCount, results } = await gong.flows.submitBulkAssignment({
    flowInstanceOwnerEmail: "test@test.com",
    flowId: "1695493301223590792",
    prospects: [
      {
        crmId: "a5V1Q00A120DP4CVAW"
      },
      {
        firstName: "Jon",
        lastName: "Snow",
        email: "jon.snow@northstar-logistics.com",
        jobTitle: "Enterprise Account Executive",
        linkedInUrl: "https://www.linkedin.com/in/jon-snow/",
        accountCrmId: "0011Q00001xsgZkQAI",
        companyName: "Northstar Logistics"
      }
    ]
  });
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
