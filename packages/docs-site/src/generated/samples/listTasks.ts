// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// List user's tasks: POST /v2/tasks
import { createGongClient, GongForbiddenError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, tasks, crmType } = await gong.tasks.list({
    filter: {
      userId: "234599484848423",
      workspaceId: "623457276584334",
      types: [
        "FLOW",
        "MANUAL"
      ],
      taskAction: [
        "CALL"
      ],
      status: [
        "OPEN"
      ]
    }
  });
  console.log(requestId, tasks, crmType);
} catch (error) {
  if (error instanceof GongForbiddenError) {
    console.error(`Forbidden: check the token's scope (request ${error.requestId})`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
