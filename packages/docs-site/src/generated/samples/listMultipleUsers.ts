// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// List users by filter: POST /v2/users/extensive
import { createGongClient, GongNotFoundError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  // Every item of every page: the client requests the next page with records.cursor.
  for await (const user of gong.users.listByFilter({
    filter: {
      createdFromDateTime: "2018-02-17T02:30:00-08:00",
      createdToDateTime: "2018-02-19T02:30:00-08:00",
      includeAvatars: false,
      userIds: [
        "234599484848423"
      ]
    }
  })) {
    console.log(user);
  }
} catch (error) {
  if (error instanceof GongNotFoundError) {
    console.error(`Not found (request ${error.requestId})`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
