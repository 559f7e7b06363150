// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Remove specific individual users access from calls: DELETE /v2/calls/users-access
import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId } = await gong.permissions.removeCallAccess({
    callAccessList: [
      {
        callId: "7782342274025937895",
        userIds: [
          "234599484848423"
        ]
      }
    ]
  });
  console.log(requestId);
} catch (error) {
  throw error;
}
