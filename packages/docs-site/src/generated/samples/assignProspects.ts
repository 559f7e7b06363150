// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Assign prospects (contacts or leads) to an Engage flow: POST /v2/flows/prospects/assign
import { createGongClient, GongForbiddenError, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, prospectsAssigned, prospectsNotAssigned } = await gong.flows.assignProspects({
    crmProspectsIds: [
      "a5V1Q00A120DP4CVAW",
      "00Q5e00000AbCdEEAV"
    ],
    flowId: "1695493301223590792",
    flowInstanceOwnerEmail: "test@test.com",
    overrides: {
      steps: [
        {
          number: 1,
          subject: "Initial Call with {{account_name}}",
          body: "<div>Hello {{recipient.first_name}}</div>"
        }
      ],
      flowInstanceVariables: [
        {
          name: "recipient.first_name",
          value: "Mike"
        }
      ],
      coolOffOverride: false
    },
    flowInstanceDescription: "Your goal with this flow is to <b>schedule a follow-up conversation</b> with event attendees to gather feedback and progress them toward becoming potential customers."
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
