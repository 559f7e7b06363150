// The report's "At Gong's limit" and per-operation size sections, from fixed figures.
import { describe, expect, it } from "vitest";
import type { AtLimitRun } from "../src/limit/at-limit.ts";
import { atLimitVerdict, limitSection, operationSizeSection } from "../src/report/sections.ts";

const limited: AtLimitRun = {
  options: { burst: 60, users: 600, pageSize: 100 },
  requests: 66,
  arrivals: 66,
  rejected429: 0,
  ms: 21_400,
  boundMs: 21_000,
  getsSucceeded: 60,
  getFailures: {},
  listed: 600,
  listFailure: undefined,
};
const control: AtLimitRun = {
  ...limited,
  options: { ...limited.options, rateLimit: false },
  arrivals: 180,
  rejected429: 150,
  ms: 2_300,
  getsSucceeded: 9,
  getFailures: { GongRateLimitError: 51 },
  listed: 100,
  listFailure: "GongRateLimitError",
};
const heap = {
  warmPage: 10,
  warmHeap: 13_000_000,
  lastPage: 500,
  lastHeap: 13_700_000,
  peakHeap: 13_700_000,
};

describe("atLimitVerdict", () => {
  it("meets the goal with zero 429s, every call through, within 1.10x the bound", () => {
    expect(atLimitVerdict(limited)).toEqual({ met: true, why: [] });
  });

  it("names every way a run misses it", () => {
    expect(atLimitVerdict(control).why).toEqual([
      "150 responses of 429",
      "52 calls failed",
      "100 of 600 users listed",
    ]);
    expect(atLimitVerdict({ ...limited, ms: 24_000 }).why).toEqual(["1.14x the bound"]);
  });
});

describe("limitSection", () => {
  const section = limitSection({
    runs: [limited, control],
    memory: [
      {
        users: 1_000,
        pages: 10,
        items: 1_000,
        client: { ...heap, lastPage: 10, lastHeap: 12_900_000, perPage: Number.NaN },
        fetch: { ...heap, lastPage: 10, lastHeap: 12_800_000, perPage: Number.NaN },
      },
      {
        users: 50_000,
        pages: 500,
        items: 50_000,
        client: { ...heap, perPage: 1405 },
        fetch: { ...heap, perPage: 1301 },
      },
    ],
  });

  it("shows both runs, the verdict, and the memory per page beside raw fetch", () => {
    expect(section).toContain(
      "| default limiter (3/s) | 60 + 6 pages | 66 | 0 | 21.40 s | 21.00 s | 1.02x | 60/60 | 600/600 | none |",
    );
    expect(section).toContain(
      "51 users.get: GongRateLimitError; users.list: GongRateLimitError after 100 users",
    );
    expect(section).toContain("Measured 0 429s, 1.02x the bound: met.");
    expect(section).toContain(
      "| 50,000 | 500 | 12695.3 KB (page 10) | 13378.9 KB | 13378.9 KB | 1405 B | 1301 B | 104 B |",
    );
    expect(section).toContain(
      "| 1,000 | 10 | 12695.3 KB (page 10) | 12597.7 KB | 13378.9 KB | n/a (warm-up only) |",
    );
    expect(section).toContain(
      "Heap at the last page, 10 pages against 500: the client's grew by 781.3 KB (1633 B a page), the raw-fetch loop's by 878.9 KB.",
    );
  });
});

describe("operationSizeSection", () => {
  it("states the growth per operation against issue 11's 80 B", () => {
    const section = operationSizeSection({
      variants: [
        { name: "users.get only", operations: 1, size: 7841 },
        { name: "all operations", operations: 53, size: 9221 },
      ],
      perOperation: 1380 / 52,
      parts: [{ part: "operationsMeta", saved: 183 }],
    });
    expect(section).toContain("| 53 | 9221 B | 1380 B |");
    expect(section).toContain("Growth: 26.5 B gzip per operation");
    expect(section).toContain("at most 80 B per operation: met.");
    expect(section).toContain("| operationsMeta | 183 B |");
  });
});
