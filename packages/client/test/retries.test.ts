// Fault tests: the request count the server saw, and the typed error, for each kind of failure.
import { describe, expect, it } from "vitest";
import {
  GongApiError,
  GongAuthenticationError,
  GongBadRequestError,
  GongConnectionError,
  GongNotFoundError,
  GongRateLimitError,
  GongServerError,
  GongTimeoutError,
} from "../src/index.ts";
import { testClient, USER_ID } from "./helpers/client.ts";
import { withGrowingTimeoutOn } from "./helpers/growing-timeout.ts";
import { gongError, json, type Script, USER_BODY, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();

/** Fails the first `failures` requests with `fail`, then answers with the user. */
function failThenSucceed(failures: number, fail: Script): Script {
  return (req, res, i) => (i < failures ? fail(req, res, i) : json(res, 200, USER_BODY));
}

describe("statuses that are never retried", () => {
  it.each([
    [400, GongBadRequestError],
    [401, GongAuthenticationError],
    [404, GongNotFoundError],
    [403, GongApiError],
  ])(
    "%i is thrown after exactly one request, with status, requestId, errors and headers",
    async (status, type) => {
      const { url, requests } = await serve((_req, res) => gongError(res, status, { "x-trace": "t1" }));
      const error = await testClient(url)
        .users.get(USER_ID)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(type);
      expect(requests).toHaveLength(1);
      const apiError = error as GongApiError;
      expect(apiError.status).toBe(status);
      expect(apiError.requestId).toBe(`req-${status}`);
      expect(apiError.errors).toEqual([`error ${status}`]);
      expect(apiError.headers.get("x-trace")).toBe("t1");
      expect(apiError.message).toContain(String(status));
      expect(apiError.message).toContain(`req-${status}`);
    },
  );
});

describe("retryable failures", () => {
  it("5xx: maxRetries + 1 attempts, then GongServerError", async () => {
    const { url, requests } = await serve((_req, res) => gongError(res, 503, { "retry-after-ms": "0" }));
    const error = await testClient(url, { maxRetries: 3 })
      .users.get(USER_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongServerError);
    expect((error as GongServerError).status).toBe(503);
    expect(requests).toHaveLength(4);
  });

  it("per-call maxRetries overrides the client's", async () => {
    const { url, requests } = await serve((_req, res) => gongError(res, 500, { "retry-after-ms": "0" }));
    await expect(testClient(url, { maxRetries: 5 }).users.get(USER_ID, { maxRetries: 0 })).rejects.toThrow(
      GongServerError,
    );
    expect(requests).toHaveLength(1);
  });

  it.each([408, 429, 500, 502, 503, 504])("%i is retried and the retry's body returned", async (status) => {
    const { url, requests } = await serve(
      failThenSucceed(2, (_req, res) => gongError(res, status, { "retry-after": "0" })),
    );
    await expect(testClient(url).users.get(USER_ID)).resolves.toEqual(USER_BODY);
    expect(requests).toHaveLength(3);
  });

  it("429 after the last retry: GongRateLimitError with retryAfterMs", async () => {
    const { url, requests } = await serve((_req, res) => gongError(res, 429, { "retry-after": "0" }));
    const error = await testClient(url, { maxRetries: 1 })
      .users.get(USER_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongRateLimitError);
    expect((error as GongRateLimitError).retryAfterMs).toBe(0);
    expect(requests).toHaveLength(2);
  });

  it("a connection reset is retried", async () => {
    const { url, requests } = await serve(failThenSucceed(2, (req) => req.socket.destroy()));
    await expect(testClient(url).users.get(USER_ID)).resolves.toEqual(USER_BODY);
    expect(requests).toHaveLength(3);
  });

  it("resets on every attempt: GongConnectionError after maxRetries + 1 attempts", async () => {
    const { url, requests } = await serve((req) => req.socket.destroy());
    const error = await testClient(url, { maxRetries: 1 })
      .users.get(USER_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongConnectionError);
    expect(error).not.toBeInstanceOf(GongTimeoutError);
    expect(requests).toHaveLength(2);
  });

  it("nothing listening: GongConnectionError naming the socket error", async () => {
    const dead = await serve(() => {});
    await dead.close();
    const { url } = dead;
    const error = await testClient(url, { maxRetries: 0 })
      .users.get(USER_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongConnectionError);
    expect((error as Error).message).toContain("ECONNREFUSED");
  });

  it("an attempt past timeoutMs is retried, then GongTimeoutError", async () => {
    // A server that never answers.
    await withGrowingTimeoutOn(
      () => {},
      async (timeoutMs, { url, requests }) => {
        const error = await testClient(url, { timeoutMs, maxRetries: 1 })
          .users.get(USER_ID)
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(GongTimeoutError);
        expect(error).toBeInstanceOf(GongConnectionError);
        expect(requests.length).toBeLessThanOrEqual(2);
        return requests.length === 2;
      },
    );
  });

  it("a body that stalls after the headers counts against the timeout too", async () => {
    await withGrowingTimeoutOn(
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"requestId":');
      },
      async (timeoutMs, { url, requests }) => {
        await expect(testClient(url, { timeoutMs, maxRetries: 0 }).users.get(USER_ID)).rejects.toThrow(
          GongTimeoutError,
        );
        // The headers came and the body stalled: the timeout covered the body too.
        return requests.length === 1;
      },
    );
  });

  it("a 200 cut off mid-body (connection closed) is retried like a reset", async () => {
    const { url, requests } = await serve(
      failThenSucceed(1, (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"requestId":"abc","us', () => res.destroy());
      }),
    );
    await expect(testClient(url).users.get(USER_ID)).resolves.toEqual(USER_BODY);
    expect(requests).toHaveLength(2);
  });
});

describe("waiting between attempts", () => {
  it("Retry-After in seconds is slept on", async () => {
    const { url, requests } = await serve(
      failThenSucceed(1, (_req, res) => gongError(res, 429, { "retry-after": "1" })),
    );
    await testClient(url).users.get(USER_ID);
    expect(requests).toHaveLength(2);
    const waited = requests[1]!.at - requests[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(950);
    expect(waited).toBeLessThan(5_000);
  });

  it("Retry-After as an HTTP date is slept on until that date", async () => {
    const { url, requests } = await serve(
      failThenSucceed(1, (_req, res) =>
        gongError(res, 503, { "retry-after": new Date(Date.now() + 2_000).toUTCString() }),
      ),
    );
    await testClient(url).users.get(USER_ID);
    // HTTP dates have whole seconds: the wait is between 1 and 2 seconds.
    const waited = requests[1]!.at - requests[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(900);
    expect(waited).toBeLessThan(5_000);
  });

  it("retry-after-ms wins over Retry-After", async () => {
    const { url, requests } = await serve(
      failThenSucceed(1, (_req, res) => gongError(res, 429, { "retry-after-ms": "50", "retry-after": "30" })),
    );
    await testClient(url).users.get(USER_ID);
    expect(requests[1]!.at - requests[0]!.at).toBeLessThan(5_000);
  });

  it("without Retry-After: exponential backoff, at least 0.5 s * 75% before the first retry", async () => {
    const { url, requests } = await serve(failThenSucceed(1, (_req, res) => gongError(res, 500)));
    await testClient(url).users.get(USER_ID);
    const waited = requests[1]!.at - requests[0]!.at;
    expect(waited).toBeGreaterThanOrEqual(370);
    expect(waited).toBeLessThan(5_000);
  });

  it("a wait longer than maxRetryDelayMs is not slept on: GongRateLimitError at once", async () => {
    const { url, requests } = await serve((_req, res) => gongError(res, 429, { "retry-after": "3600" }));
    const started = performance.now();
    const error = await testClient(url, { maxRetries: 5 })
      .users.get(USER_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongRateLimitError);
    expect((error as GongRateLimitError).retryAfterMs).toBe(3_600_000);
    expect(requests).toHaveLength(1);
    expect(performance.now() - started).toBeLessThan(5_000);
  });

  it("maxRetryDelayMs applies to the server's wait, not to the client's own backoff", async () => {
    const { url, requests } = await serve(
      failThenSucceed(1, (_req, res) => gongError(res, 429, { "retry-after": "1" })),
    );
    await expect(testClient(url, { maxRetryDelayMs: 500 }).users.get(USER_ID)).rejects.toThrow(
      GongRateLimitError,
    );
    expect(requests).toHaveLength(1);
  });
});
