// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Permission profile for a given profile Id: GET /v2/permission-profile
import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, profile } = await gong.permissions.getProfile({ profileId: "3843152912968920037" });
  console.log(requestId, profile);
} catch (error) {
  throw error;
}
