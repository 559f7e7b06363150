// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Retrieve users that have specific individual access to calls: POST /v2/calls/users-access
import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, callAccessList } = await gong.permissions.listCallAccess({
    filter: {
      callIds: [
        "7782342274025937895"
      ]
    }
  });
  console.log(requestId, callAccessList);
} catch (error) {
  throw error;
}
