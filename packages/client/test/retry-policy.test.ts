// The retry policy as pure functions: delays, header parsing, and the decision.
import { describe, expect, it } from "vitest";
import {
  backoffDelayMs,
  decideRetry,
  isIdempotentMethod,
  isRetryableStatus,
  serverRequestedDelayMs,
} from "../src/retry.ts";

const headers = (init: Record<string, string>) => new Headers(init);

describe("backoffDelayMs", () => {
  it.each([
    [0, 500],
    [1, 1_000],
    [2, 2_000],
    [3, 4_000],
    [4, 8_000],
    [10, 8_000],
  ])("retry %i: at most %i ms, at least 75%% of it", (retry, max) => {
    expect(backoffDelayMs(retry, () => 0)).toBe(max);
    expect(backoffDelayMs(retry, () => 0.999_999)).toBeCloseTo(max * 0.75, 0);
    const sample = backoffDelayMs(retry);
    expect(sample).toBeGreaterThanOrEqual(max * 0.75);
    expect(sample).toBeLessThanOrEqual(max);
  });
});

describe("serverRequestedDelayMs", () => {
  const now = Date.parse("2026-01-01T00:00:00Z");
  it.each([
    [{ "retry-after-ms": "250" }, 250],
    [{ "retry-after-ms": "250", "retry-after": "9" }, 250],
    [{ "retry-after": "3" }, 3_000],
    [{ "retry-after": "0" }, 0],
    [{ "retry-after": "1.5" }, 1_500],
    [{ "retry-after": "Thu, 01 Jan 2026 00:00:10 GMT" }, 10_000],
    [{ "retry-after": "Wed, 31 Dec 2025 23:59:00 GMT" }, 0],
    [{ "retry-after": "-1" }, undefined],
    [{ "retry-after": "soon" }, undefined],
    [{ "retry-after-ms": "x", "retry-after": "2" }, 2_000],
    // Whole values only: a number must be all of the header, a date must name its weekday and month.
    [{ "retry-after": "2s" }, undefined],
    [{ "retry-after": "x2" }, undefined],
    [{ "retry-after": "1.5.1" }, undefined],
    [{ "retry-after": " 4 " }, 4_000],
    [{ "retry-after": "2026" }, 2_026_000],
    [{ "retry-after": "2026-01-01T00:00:10Z" }, undefined],
    [{}, undefined],
  ])("%j -> %s", (init, expected) => {
    expect(serverRequestedDelayMs(headers(init), now)).toBe(expected);
  });
});

describe("decideRetry", () => {
  const response = (status: number, init: Record<string, string> = {}) => ({
    status,
    headers: headers(init),
  });

  it("never retries 400, 401, 403 or 404", () => {
    for (const status of [400, 401, 403, 404])
      expect(decideRetry(0, 5, response(status), 60_000)).toEqual({ retry: false });
  });

  it("a POST that is not idempotent: only 429 and a connection refused before sending are retried", () => {
    for (const status of [408, 500, 503])
      expect(decideRetry(0, 3, response(status), 60_000, false)).toEqual({ retry: false });
    expect(decideRetry(0, 3, { nothingSent: false }, 60_000, false)).toEqual({ retry: false });
    expect(decideRetry(0, 3, { nothingSent: true }, 60_000, false).retry).toBe(true);
    expect(decideRetry(0, 3, response(429, { "retry-after": "1" }), 60_000, false)).toEqual({
      retry: true,
      delayMs: 1_000,
    });
    expect(decideRetry(3, 3, { nothingSent: true }, 60_000, false)).toEqual({ retry: false });
  });

  it("retries 408, 429, 5xx and connection failures while retries remain", () => {
    for (const status of [408, 429, 500, 503])
      expect(decideRetry(0, 1, response(status), 60_000).retry).toBe(true);
    expect(decideRetry(0, 1, { nothingSent: false }, 60_000).retry).toBe(true);
    expect(decideRetry(1, 1, { nothingSent: false }, 60_000)).toEqual({ retry: false });
    expect(isRetryableStatus(499)).toBe(false);
  });

  it("uses the server's wait when given, and gives up when it exceeds maxRetryDelayMs", () => {
    expect(decideRetry(0, 2, response(429, { "retry-after": "2" }), 60_000)).toEqual({
      retry: true,
      delayMs: 2_000,
    });
    expect(decideRetry(0, 2, response(429, { "retry-after": "61" }), 60_000)).toEqual({ retry: false });
    expect(decideRetry(0, 2, response(429, { "retry-after": "0" }), 0)).toEqual({ retry: true, delayMs: 0 });
  });
});

describe("isIdempotentMethod", () => {
  it("GET, HEAD, PUT, DELETE and OPTIONS are (RFC 9110); POST, PATCH and lower case are not", () => {
    expect(["GET", "HEAD", "PUT", "DELETE", "OPTIONS"].filter(isIdempotentMethod)).toHaveLength(5);
    for (const method of ["POST", "PATCH", "TRACE", "get", ""])
      expect(isIdempotentMethod(method)).toBe(false);
  });
});
