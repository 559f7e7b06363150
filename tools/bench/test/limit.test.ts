// "At Gong's limit" at a small scale, against the strict server on 127.0.0.1: the burst plus the
// pagination with the default limiter draws no 429 and every call succeeds; without the limiter the
// same work draws 429s (so the first assertion can fail). No timing is asserted.
import { describe, expect, it } from "vitest";
import { limitBoundMs, pagesOf, runAtLimit, tally } from "../src/limit/at-limit.ts";
import { heapGrowth, isSampledPage, measurePageMemory, WARM_PAGE } from "../src/limit/page-memory.ts";

describe("the bound and the counts", () => {
  it("lets the first 3 requests go at once, then 3 a second", () => {
    expect(limitBoundMs(66)).toBe(21_000);
    expect(limitBoundMs(12)).toBe(3_000);
    expect(limitBoundMs(2)).toBe(0);
    expect(limitBoundMs(11, 2, 500)).toBe(2_250);
  });

  it("counts one request per page, the last page included, and one for an empty list", () => {
    expect(pagesOf(600, 100)).toBe(6);
    expect(pagesOf(601, 100)).toBe(7);
    expect(pagesOf(30, 10)).toBe(3);
    expect(pagesOf(0, 100)).toBe(1);
  });

  it("tallies error names", () => {
    expect(tally(["GongRateLimitError", "GongTimeoutError", "GongRateLimitError"])).toEqual({
      GongRateLimitError: 2,
      GongTimeoutError: 1,
    });
  });
});

describe("heap growth per page", () => {
  const samples = (pages: number, perPage: number) =>
    Array.from({ length: pages }, (_, i) => ({ page: i + 1, heap: 1_000_000 + i * perPage })).filter((s) =>
      isSampledPage(s.page, pages),
    );

  it("samples the first pages, every tenth and the last", () => {
    expect(samples(55, 0).map((s) => s.page)).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 20, 30, 40, 50, 55]);
  });

  it("is measured from the warm page to the last", () => {
    const growth = heapGrowth(samples(500, 300));
    expect(growth).toMatchObject({ warmPage: WARM_PAGE, lastPage: 500, perPage: 300 });
    expect(growth.peakHeap).toBe(growth.lastHeap);
    expect(heapGrowth(samples(500, 0)).perPage).toBe(0);
  });

  it("has no growth to give for a listing with no page past the warm one", () => {
    expect(heapGrowth(samples(11, 100))).toMatchObject({ warmPage: 10, lastPage: 11, perPage: 100 });
    expect(heapGrowth(samples(10, 100))).toMatchObject({ warmPage: 10, lastPage: 10, perPage: Number.NaN });
    expect(heapGrowth(samples(1, 100))).toMatchObject({ warmPage: 1, lastPage: 1, perPage: Number.NaN });
  });
});

describe("the burst plus a pagination, at a small scale", () => {
  it("with the default limiter: zero 429s, all 9 calls and all 3 pages through", async () => {
    const run = await runAtLimit({ burst: 9, users: 30, pageSize: 10 });
    expect(run.requests).toBe(12);
    expect(run.arrivals).toBe(12);
    expect(run.rejected429).toBe(0);
    expect(run.getsSucceeded).toBe(9);
    expect(run.getFailures).toEqual({});
    expect(run.listed).toBe(30);
    expect(run.listFailure).toBeUndefined();
    expect(run.boundMs).toBe(3_000);
  });

  it("with rateLimit: false: the server answers 429s; calls are retried, and those out of retries fail", async () => {
    const run = await runAtLimit({ burst: 9, users: 30, pageSize: 10, rateLimit: false });
    expect(run.rejected429).toBeGreaterThan(0);
    // Every 429 was retried or ended its call with a GongRateLimitError, nothing else.
    expect(Object.keys(run.getFailures).every((name) => name === "GongRateLimitError")).toBe(true);
    expect(run.getsSucceeded + (run.getFailures.GongRateLimitError ?? 0)).toBe(9);
    expect(run.arrivals).toBeGreaterThan(12);
  });
});

describe("pagination's memory, at a small scale", () => {
  it("lists every user with the client and with raw fetch, sampling the heap on the way", async () => {
    const memory = await measurePageMemory(300, 10);
    expect(memory).toMatchObject({ users: 300, pages: 30, items: 300 });
    expect(memory.client).toMatchObject({ warmPage: WARM_PAGE, lastPage: 30 });
    expect(memory.fetch).toMatchObject({ warmPage: WARM_PAGE, lastPage: 30 });
    expect(memory.client.lastHeap).toBeGreaterThan(1_000_000);
  });
});
