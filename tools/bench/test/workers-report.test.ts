// The report's "workers" section, from fixed figures: the verdict, the printed lines, the table, the
// control, the free slot's cost against a PING, and the section skipped without redis-server.
// No bench is run here (it needs redis-server and takes a minute); no timing is asserted.
import { describe, expect, it } from "vitest";
import {
  slotCostLine,
  slotCostRatio,
  workersLine,
  workersSection,
  workersVerdict,
} from "../src/report/sections.ts";
import type { WorkersRun } from "../src/workers/many-workers.ts";
import type { SlotCost } from "../src/workers/slot-cost.ts";

const options = { workers: 4, gets: 15, users: 150, pageSize: 50 };
const shared: WorkersRun = {
  options,
  shared: true,
  requests: 72,
  arrivals: 72,
  rejected429: 0,
  ms: 23_480,
  boundMs: 23_000,
  getsSucceeded: 60,
  getFailures: {},
  listed: 600,
  listFailures: {},
  redisCounted: 72,
};
const control: WorkersRun = {
  ...shared,
  shared: false,
  arrivals: 186,
  rejected429: 183,
  ms: 15_460,
  getsSucceeded: 3,
  getFailures: { GongRateLimitError: 57 },
  listed: 0,
  listFailures: { GongRateLimitError: 4 },
  redisCounted: undefined,
};
const slotCost: SlotCost = {
  options: { calls: 1_000, rounds: 3, warmUp: 200 },
  results: [
    {
      kind: "acquire + answered()",
      medianUs: 745.3,
      roundsUs: [391.9, 456.3, 799.2],
      perPing: { median: 4.5, p25: 2.39, p75: 7.49 },
    },
    {
      kind: "acquire + answered(), list at 4",
      medianUs: 222.3,
      roundsUs: [295.6, 288.9, 132],
      perPing: { median: 2.2, p25: 1.6, p75: 2.4 },
    },
    {
      kind: "acquire alone, list at 4",
      medianUs: 84,
      roundsUs: [90, 84, 70.5],
      perPing: { median: 1.69, p25: 1.5, p75: 1.8 },
    },
    { kind: "PING", medianUs: 99.5, roundsUs: [164.1, 171.3, 35.3], perPing: { median: 1, p25: 1, p75: 1 } },
  ],
};

describe("workersVerdict", () => {
  it("meets the goal with zero 429s, every call through, within 1.10x the bound", () => {
    expect(workersVerdict(shared)).toEqual({ met: true, why: [] });
  });

  it("names every way a run misses it", () => {
    expect(workersVerdict(control).why).toEqual([
      "183 responses of 429",
      "61 calls failed",
      "0 of 600 users listed",
    ]);
    expect(workersVerdict({ ...shared, ms: 26_000 }).why).toEqual(["1.13x the bound"]);
  });
});

describe("the printed lines", () => {
  it("gives each run's figures, with the verdict for the shared limit only", () => {
    expect(workersLine(shared)).toBe(
      "workers: one Redis key (`redisRateLimit`): 60 + 12 pages, 72 arrivals, 0 429s, 0 failed calls, 23.48 s, 1.02x the bound (23.00 s): met",
    );
    expect(workersLine({ ...shared, rejected429: 2 })).toMatch(/: NOT met \(2 responses of 429\)$/);
    expect(workersLine(control)).toBe(
      "workers: each its own limiter (control): 60 + 12 pages, 186 arrivals, 183 429s, 61 failed calls, 15.46 s, 0.67x the bound (23.00 s): the control",
    );
  });

  it("gives the free slot's cost and its ratios to a PING", () => {
    expect(slotCostRatio(slotCost, "acquire + answered()")).toBe(4.5);
    expect(slotCostRatio(slotCost, "acquire alone, list at 4")).toBe(1.69);
    expect(slotCostLine(slotCost)).toBe(
      "workers: a free slot: acquire + answered() 745.3 µs (4.50x), acquire + answered(), list at 4 222.3 µs (2.20x), acquire alone, list at 4 84.0 µs (1.69x); PING 99.5 µs",
    );
  });
});

describe("workersSection", () => {
  const section = workersSection({ skipped: undefined, runs: [shared, control], slotCost });

  it("shows both runs, the goal's verdict and the control", () => {
    expect(section).toContain("4 workers, each 15 `users.get` and a 150-user listing (50 a page).");
    expect(section).toContain(
      "| one Redis key (`redisRateLimit`) | 60 + 12 pages | 72 | 0 | 23.48 s | 23.00 s | 1.02x | 60/60 | 600/600 | none |",
    );
    expect(section).toContain(
      "| each its own limiter (control) | 60 + 12 pages | 186 | 183 | 15.46 s | 23.00 s | 0.67x | 3/60 | 0/600 | 61 (57 users.get: GongRateLimitError; 4 listings: GongRateLimitError) |",
    );
    expect(section).toContain(
      "Goal: zero 429s, every call succeeding, at most 1.10x the bound. Measured 0 429s, 1.02x the bound: met. Redis counted 72 requests on the key.",
    );
    expect(section).toContain(
      "The control: 183 of 186 arrivals answered 429, 61 of 64 calls failed, in 15.46 s.",
    );
    expect(workersSection({ skipped: undefined, runs: [{ ...shared, ms: 26_000 }], slotCost })).toContain(
      "Measured 0 429s, 1.13x the bound: NOT met (1.13x the bound).",
    );
  });

  it("shows a free slot's cost against a PING, says answered() is not waited for, and judges the claim", () => {
    expect(section).toContain("`answered()` is not waited for");
    expect(section).toContain("| 745.3 µs | 391.9, 456.3, 799.2 | 4.50x | 2.39x–7.49x |");
    expect(section).toContain(
      "| PING: `await redis.ping()` on an ioredis client | 99.5 µs | 164.1, 171.3, 35.3 | 1.00x |",
    );
    expect(section).toContain(
      "| acquire alone, list at 4: the same, without `slot.answered()` | 84.0 µs | 90.0, 84.0, 70.5 | 1.69x | 1.50x–1.80x |",
    );
    expect(section).toContain(
      "Claim: a free slot costs one Redis round trip, so under 2.00x a PING. Measured acquire + answered(): 4.50x, NOT met; acquire + answered(), list at 4: 2.20x, NOT met; acquire alone, list at 4: 1.69x, met.",
    );
  });

  it("says why it was skipped, without a table", () => {
    const skipped = workersSection({
      skipped: "/usr/bin/redis-server is missing",
      runs: [],
      slotCost: undefined,
    });
    expect(skipped).toContain("Skipped: /usr/bin/redis-server is missing.");
    expect(skipped).not.toContain("| limit |");
    expect(skipped).not.toContain("### What a free slot costs");
  });
});
