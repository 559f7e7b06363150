// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Update task: PATCH /v2/tasks/{taskId}
import { createGongClient, GongForbiddenError, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, tasks, crmType } = await gong.tasks.update("1234361284629351", {
    userId: "234599484848423",
    status: "DONE",
    dueDate: "2020-01-12T22:30:00Z",
    priority: "MEDIUM"
  });
  console.log(requestId, tasks, crmType);
} catch (error) {
  if (error instanceof GongForbiddenError) {
    console.error(`Forbidden: check the token's scope (request ${error.requestId})`);
  } else if (error instanceof GongNotFoundError) {
    console.error(`Not found (request ${error.requestId})`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
