// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Register a Generic CRM integration: PUT /v2/crm/integrations
import { createGongClient, GongConflictError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, integrationId } = await gong.crm.registerIntegration({
    ownerEmail: "joe.doe@acme.com",
    name: "ACME Sandbox"
  });
  console.log(requestId, integrationId);
} catch (error) {
  if (error instanceof GongConflictError) {
    console.error(`Conflict: ${error.errors.join("; ")}`);
  } else {
    throw error;
  }
}
