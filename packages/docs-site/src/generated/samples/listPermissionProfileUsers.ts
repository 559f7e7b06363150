// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// List all users attached to a given permission profile: GET /v2/permission-profile/users
import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, users } = await gong.permissions.listProfileUsers({ profileId: "3843152912968920037" });
  console.log(requestId, users);
} catch (error) {
  throw error;
}
