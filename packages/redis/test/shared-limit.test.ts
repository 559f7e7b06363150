// Many worker processes, one Gong limit: 4 workers against a server that refuses any 4th arrival within a
// second, their limit shared through one Redis key (and, as the control, each holding its own).

import { type RedisServer, startRedis } from "@gongkit/mock-server/redis";
import { type StrictLimitServer, startStrictLimitServer } from "@gongkit/mock-server/strict-limit";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import { runWorkers } from "./helpers/workers.ts";

let redis: RedisServer;
let strict: StrictLimitServer | undefined;
beforeAll(async () => {
  redis = await startRedis();
});
afterAll(() => redis?.stop());
afterEach(async () => {
  await strict?.close();
  strict = undefined;
});

describe("4 workers through one Redis key", () => {
  it("15 users.get each and a 150-user listing: every call succeeds, zero 429s", async () => {
    strict = await startStrictLimitServer({ users: 150, pageSize: 50 });
    const task = { baseUrl: strict.url, redis: { url: redis.url, key: "gong:acme" }, gets: 15, list: 150 };
    const { reports, ms } = await runWorkers([1, 2, 3, 4].map((n) => ({ ...task, idBase: n * 100 })));
    expect(reports.flatMap((r) => r.failures)).toEqual([]);
    expect(reports.map((r) => [r.ok, r.listed])).toEqual([
      [15, 150],
      [15, 150],
      [15, 150],
      [15, 150],
    ]);
    expect(strict.rejected()).toBe(0);
    // 60 gets and 4 x 3 pages; Redis counted every one of them, across the workers.
    expect(strict.arrivals).toHaveLength(72);
    expect(Math.max(...reports.map((r) => r.usage?.today ?? 0))).toBe(72);
    // What each worker saw of the last second, across all four: never more than Gong allows.
    for (const report of reports) expect(report.usage?.lastSecond).toBeLessThanOrEqual(3);
    const bound = ((72 - 3) / 3) * 1000;
    console.log(
      `4 workers: 72 requests in ${(ms / 1000).toFixed(2)} s, ${(ms / bound).toFixed(2)}x the bound`,
    );
  });

  it("the control, each worker with its own limiter: the server refuses many (the test above can fail)", async () => {
    strict = await startStrictLimitServer();
    const task = { baseUrl: strict.url, gets: 15 };
    const { reports } = await runWorkers([1, 2, 3, 4].map((n) => ({ ...task, idBase: n * 100 })));
    const failed = reports.flatMap((r) => r.failures);
    console.log(
      `control: ${failed.length} of 60 calls failed, ${strict.rejected()} of ${strict.arrivals.length} arrivals refused`,
    );
    expect(strict.rejected()).toBeGreaterThan(10);
    expect(failed.length).toBeGreaterThan(0);
    expect(failed.every((f) => f.startsWith("GongRateLimitError"))).toBe(true);
  });

  it("no worker starves: a worker with 3 calls is served among the first, beside one with 30", async () => {
    const server = await startStrictLimitServer();
    strict = server;
    const key = { url: redis.url, key: "gong:fair" };
    const big = { baseUrl: server.url, redis: key, gets: 30, idBase: 1000 };
    const small = [2000, 3000, 4000].map((idBase) => ({ baseUrl: server.url, redis: key, gets: 3, idBase }));
    const { reports } = await runWorkers([big, ...small]);
    expect(reports.flatMap((r) => r.failures)).toEqual([]);
    // Workers take turns in Redis's queue: the 9 small calls are not left until the 30 big ones are done.
    const order = strict.arrivals.map((a) => (a.url.includes("/v2/users/1") ? "big" : "small"));
    const lastSmall = order.lastIndexOf("small");
    expect(lastSmall).toBeLessThan(20);
    expect(strict.rejected()).toBe(0);
  });

  it("two keys stay independent: each counts its own requests", async () => {
    strict = await startStrictLimitServer({ limit: 6 });
    const a = { baseUrl: strict.url, redis: { url: redis.url, key: "gong:a" }, gets: 6 };
    const b = { baseUrl: strict.url, redis: { url: redis.url, key: "gong:b" }, gets: 4 };
    const { reports } = await runWorkers([a, b]);
    expect(reports.flatMap((r) => r.failures)).toEqual([]);
    expect(reports.map((r) => r.usage?.today)).toEqual([6, 4]);
  });
});
