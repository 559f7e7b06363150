// One 429 pauses every worker; a 429 whose wait is hours (Gong's daily quota spent) makes every worker fail
// at once, without each spending a request to learn it.

import { type RedisServer, startRedis } from "@gongkit/mock-server/redis";
import { afterAll, afterEach, beforeAll, expect, it } from "vitest";
import { type ScriptedGong, startGong } from "./helpers/gong-server.ts";
import { runWorkers } from "./helpers/workers.ts";

let redis: RedisServer;
let gong: ScriptedGong | undefined;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());
afterEach(async () => {
  await gong?.close();
  gong = undefined;
});

it("a 429 in one worker pauses all four for its Retry-After", async () => {
  gong = await startGong((n) => (n === 0 ? [429, { "retry-after": "2" }] : [200]));
  const task = { baseUrl: gong.url, redis: { url: redis.url, key: "gong:pause" }, gets: 3 };
  const { reports } = await runWorkers([1, 2, 3, 4].map((n) => ({ ...task, idBase: n * 10 })));
  expect(reports.flatMap((r) => r.failures)).toEqual([]);
  const refusedAt = gong.arrivals[0]!.at;
  // The window lets the first three go at once; without the pause the fourth could follow a second after
  // the first. With it, nothing after those three arrives before the 429's 2 s are over.
  expect(gong.arrivals).toHaveLength(13);
  for (const arrival of gong.arrivals.slice(3)) expect(arrival.at - refusedAt).toBeGreaterThanOrEqual(1_950);
  expect(gong.arrivals.filter((a) => a.status === 429)).toHaveLength(1);
});

it("the daily quota: a Retry-After of hours fails every worker's calls at once, unsent", async () => {
  gong = await startGong(() => [429, { "retry-after": "7200" }]);
  const task = {
    baseUrl: gong.url,
    redis: { url: redis.url, key: "gong:quota" },
    gets: 5,
    maxRetryDelayMs: 60_000,
  };
  const { reports } = await runWorkers([1, 2, 3, 4].map((n) => ({ ...task, idBase: n * 10 })));
  const failures = reports.flatMap((r) => r.failures);
  expect(failures).toHaveLength(20);
  expect(failures.every((f) => f.startsWith("GongRateLimitError"))).toBe(true);
  // At most the window's 3 went out before the first 429 came back; the other 17 were never sent.
  expect(gong.arrivals.length).toBeLessThanOrEqual(3);
  const unsent = failures.filter((f) =>
    /paused until \d{4}-\d\d-\d\dT.+Z, longer than maxRetryDelayMs/.test(f),
  );
  expect(unsent.length).toBe(20 - gong.arrivals.length);
});
