// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Update a Gong Meeting: PUT /v2/meetings/{meetingId}
import { createGongClient, GongForbiddenError, GongNotFoundError, GongConflictError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, meetingId } = await gong.meetings.update("7782342274025937", {
    startTime: "2018-02-17T02:30:00-08:00",
    endTime: "2018-02-19T02:30:00-08:00",
    title: "Example call",
    invitees: [
      {
        displayName: "Cookie Monster",
        email: "cookie.monster@cookies.com"
      }
    ],
    externalId: "7JEHFRGXDDZFEW2FC4U",
    provider: "zoom",
    organizerEmail: "test@test.com"
  });
  console.log(requestId, meetingId);
} catch (error) {
  if (error instanceof GongForbiddenError) {
    console.error(`Forbidden: check the token's scope (request ${error.requestId})`);
  } else if (error instanceof GongNotFoundError) {
    console.error(`Not found (request ${error.requestId})`);
  } else if (error instanceof GongConflictError) {
    console.error(`Conflict: ${error.errors.join("; ")}`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
