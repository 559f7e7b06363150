import { createGongClient } from "@gongkit/client";
import { redisRateLimit } from "@gongkit/redis";

// In every worker of the same Gong company: the same Redis and the same key.
const limiter = redisRateLimit({ url: process.env.REDIS_URL!, key: "gong:acme" });
const gong = createGongClient({
  auth: { accessKey: process.env.GONG_ACCESS_KEY!, accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET! },
  rateLimit: limiter, // 3 requests per second across all the workers
});

export async function syncUsers(save: (id: string) => Promise<void>): Promise<void> {
  for await (const user of gong.users.list()) if (user.id) await save(user.id);
  const { lastSecond, today } = await limiter.usage();
  console.log(`${lastSecond} requests in the last second, ${today} of 10,000 today, across the workers`);
}

export const shutdown = () => limiter.close();
