// Redis down or restarting: the limit is never exceeded because of it, no call hangs past its timeout, and
// no call is lost silently (each succeeds, or fails with a typed error).

import { type RedisServer, startRedis } from "@gongkit/mock-server/redis";
import { type StrictLimitServer, startStrictLimitServer } from "@gongkit/mock-server/strict-limit";
import { afterEach, beforeEach, expect, it } from "vitest";
import { until } from "./helpers/until.ts";
import { runWorkers } from "./helpers/workers.ts";

let redis: RedisServer;
let strict: StrictLimitServer;
beforeEach(async () => {
  redis = await startRedis();
  strict = await startStrictLimitServer();
});
afterEach(async () => {
  await redis.stop();
  await strict.close();
});

it("Redis killed and restarted mid-run: every call succeeds, zero 429s, and sending resumes", async () => {
  const task = { baseUrl: strict.url, redis: { url: redis.url, key: "gong:restart" }, gets: 10 };
  let restartedAt = 0;
  const { reports } = await runWorkers(
    [1, 2, 3, 4].map((n) => ({ ...task, idBase: n * 100 })),
    async () => {
      await until(() => strict.arrivals.length >= 9);
      await redis.kill();
      await redis.start(); // empty: no data survives, as with persistence off
      restartedAt = performance.now();
    },
  );
  expect(reports.flatMap((r) => r.failures)).toEqual([]);
  expect(reports.map((r) => r.ok)).toEqual([10, 10, 10, 10]);
  expect(strict.rejected()).toBe(0);
  const resumed = strict.arrivals.find((a) => a.at > restartedAt);
  console.log(
    `restart: sending resumed ${((resumed!.at - restartedAt) / 1000).toFixed(2)} s after Redis came back`,
  );
});

it("Redis down: calls fail after their timeout with a typed error, and nothing is sent", async () => {
  await redis.stop();
  const task = {
    baseUrl: strict.url,
    redis: { url: redis.url, key: "gong:down" },
    gets: 3,
    timeoutMs: 1_500,
  };
  const { reports } = await runWorkers([task, task]);
  const failures = reports.flatMap((r) => r.failures);
  expect(failures).toHaveLength(6);
  for (const failure of failures) {
    expect(failure).toBe(
      "GongRateLimitUnavailableError: The shared rate limit (Redis) did not answer for 1500 ms: the request was not sent",
    );
  }
  expect(strict.arrivals).toHaveLength(0);
});
