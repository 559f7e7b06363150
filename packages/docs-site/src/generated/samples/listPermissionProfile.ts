// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// List all company permission profiles for a given workspace: GET /v2/all-permission-profiles
import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, profiles } = await gong.permissions.listProfiles({ workspaceId: "623457276584334" });
  console.log(requestId, profiles);
} catch (error) {
  throw error;
}
