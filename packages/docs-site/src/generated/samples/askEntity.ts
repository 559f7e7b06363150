// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Ask about an entity: GET /v2/entities/ask-entity
import { createGongClient, GongForbiddenError, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, numOfCallsSearched, numOfEmailsSearched, answer } = await gong.entities.ask({ workspaceId: "1237998047883638", crmEntityType: "ACCOUNT", crmEntityId: "125260001VdfoWBAR", timePeriod: "CUSTOM_RANGE", fromDateTime: "2024-01-01T00:00:00Z", toDateTime: "2024-12-31T23:59:59Z", question: "What was the last activity on that account?" });
  console.log(requestId, numOfCallsSearched, numOfEmailsSearched, answer);
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
