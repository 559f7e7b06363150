import { createGongClient, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
  rateLimit: { requestsPerSecond: 1 }, // this process gets a third of the company's 3 calls per second
});

try {
  const ids = ["234599484848423", "563515258458745"];
  const bodies = await Promise.all(ids.map((id) => gong.users.get(id)));
  console.log(bodies.map(({ user }) => user?.emailAddress));
} catch (error) {
  if (error instanceof GongRateLimitError) console.error(`Quota used up: retry in ${error.retryAfterMs} ms`);
  else throw error;
}
