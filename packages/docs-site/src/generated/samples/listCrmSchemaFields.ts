// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// List Schema Fields: GET /v2/crm/entity-schema
import { createGongClient, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, objectTypeToSelectedFields } = await gong.crm.listSchemaFields({ integrationId: "6286478263646", objectType: "ACCOUNT" });
  console.log(requestId, objectTypeToSelectedFields);
} catch (error) {
  if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
