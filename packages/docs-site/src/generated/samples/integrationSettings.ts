// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Integration Settings: POST /v2/integration-settings
import { createGongClient, GongConflictError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, integrationId } = await gong.integrationSettings.update({
    integrationTypeSettings: [
      {
        integrationType: "EMAIL_COMPOSER",
        allowedOrigin: "https://acme.partner.com"
      }
    ]
  });
  console.log(requestId, integrationId);
} catch (error) {
  if (error instanceof GongConflictError) {
    console.error(`Conflict: ${error.errors.join("; ")}`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
