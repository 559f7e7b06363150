// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Delete a Generic CRM integration: DELETE /v2/crm/integrations
import { createGongClient, GongConflictError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, clientRequestId } = await gong.crm.deleteIntegration({ integrationId: "6286478263646", clientRequestId: "1234" });
  console.log(requestId, clientRequestId);
} catch (error) {
  if (error instanceof GongConflictError) {
    console.error(`Conflict: ${error.errors.join("; ")}`);
  } else {
    throw error;
  }
}
