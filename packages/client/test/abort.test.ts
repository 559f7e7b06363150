// `signal` aborts promptly at every stage: before sending, in flight, in a backoff sleep, in the limiter.
import { getEventListeners } from "node:events";
import { describe, expect, it } from "vitest";
import { sleep } from "../src/abort.ts";
import { GongAbortError, GongError } from "../src/index.ts";
import { testClient, USER_ID } from "./helpers/client.ts";
import { gongError, json, USER_BODY, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();

/**
 * Aborts `ms` after `after` settles (a request reaching the server, say: a fixed delay from the start
 * races the request on a loaded machine), and resolves how long the call took to reject after the abort.
 */
async function abortAfter(
  ms: number,
  call: (signal: AbortSignal) => Promise<unknown>,
  after: Promise<unknown> = Promise.resolve(),
) {
  const controller = new AbortController();
  const reason = new Error("caller gave up");
  let abortedAt = 0;
  void after.then(() =>
    setTimeout(() => {
      abortedAt = performance.now();
      controller.abort(reason);
    }, ms),
  );
  const error = await call(controller.signal).catch((e: unknown) => e);
  return { error, lag: performance.now() - abortedAt, reason };
}

/** A promise the server script resolves when a request arrives. */
function arrival() {
  let arrived!: () => void;
  const promise = new Promise<void>((resolve) => {
    arrived = resolve;
  });
  return { promise, arrived };
}

describe("abort", () => {
  it("an already-aborted signal sends nothing", async () => {
    const { url, requests } = await serve((_req, res) => gongError(res, 500));
    const error = await testClient(url)
      .users.get(USER_ID, { signal: AbortSignal.abort() })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongAbortError);
    expect(requests).toHaveLength(0);
  });

  it("in flight: rejects promptly with GongAbortError carrying the reason", async () => {
    const request = arrival();
    const { url, requests } = await serve(request.arrived); // never answers
    const { error, lag, reason } = await abortAfter(
      50,
      (signal) => testClient(url).users.get(USER_ID, { signal }),
      request.promise,
    );
    expect(error).toBeInstanceOf(GongAbortError);
    expect(error).toBeInstanceOf(GongError);
    expect((error as GongAbortError).cause).toBe(reason);
    expect(lag).toBeLessThan(1_000);
    expect(requests).toHaveLength(1);
  });

  it("during a backoff sleep: rejects promptly, no further attempt", async () => {
    const request = arrival();
    const { url, requests } = await serve((_req, res) => {
      gongError(res, 503, { "retry-after": "30" });
      request.arrived();
    });
    const { error, lag } = await abortAfter(
      100,
      (signal) => testClient(url).users.get(USER_ID, { signal }),
      request.promise,
    );
    expect(error).toBeInstanceOf(GongAbortError);
    expect(lag).toBeLessThan(1_000);
    expect(requests).toHaveLength(1);
  });

  it("while queued in the rate limiter: rejects promptly, never sent", async () => {
    const { url, requests } = await serve((_req, res) => gongError(res, 404));
    const gong = testClient(url, { rateLimit: { requestsPerSecond: 0.1 } }); // one slot per 10 s
    await gong.users.get(USER_ID).catch(() => {});
    const { error, lag } = await abortAfter(100, (signal) => gong.users.get(USER_ID, { signal }));
    expect(error).toBeInstanceOf(GongAbortError);
    expect(lag).toBeLessThan(1_000);
    expect(requests).toHaveLength(1);
  });

  it("gong.GET honours the signal in openapi-fetch's init", async () => {
    const request = arrival();
    const { url } = await serve(request.arrived);
    const { error, lag } = await abortAfter(
      50,
      (signal) => testClient(url).GET("/v2/users/{id}", { params: { path: { id: USER_ID } }, signal }),
      request.promise,
    );
    expect(error).toBeInstanceOf(GongAbortError);
    expect(lag).toBeLessThan(1_000);
  });

  it("a long-lived signal collects no listener across calls, retries and backoff sleeps", async () => {
    const { url, requests } = await serve((_req, res, index) =>
      index % 2 === 0 ? gongError(res, 503, { "retry-after-ms": "20" }) : json(res, 200, USER_BODY),
    );
    const controller = new AbortController();
    const gong = testClient(url, { rateLimit: { requestsPerSecond: 1_000 } });
    for (let i = 0; i < 3; i++) await gong.users.get(USER_ID, { signal: controller.signal });
    expect(requests).toHaveLength(6);
    expect(getEventListeners(controller.signal, "abort")).toHaveLength(0);
  });

  it("an abort during a backoff sleep leaves no timer behind", async () => {
    let request = arrival();
    const { url } = await serve((_req, res) => {
      gongError(res, 503, { "retry-after": "30" });
      request.arrived();
    });
    const gong = testClient(url);
    const timers = () => process.getActiveResourcesInfo().filter((type) => type === "Timeout").length;
    const before = timers();
    for (let i = 0; i < 3; i++) {
      request = arrival();
      const { error } = await abortAfter(
        20,
        (signal) => gong.users.get(USER_ID, { signal }),
        request.promise,
      );
      expect(error).toBeInstanceOf(GongAbortError);
    }
    await new Promise((resolve) => setImmediate(resolve));
    // Three 30 s sleeps were cut short: none of their timers is left (undici may hold one of its own).
    expect(timers()).toBeLessThanOrEqual(before + 1);
  });

  it("sleep on a signal that has already fired rejects at once with its reason (it would never fire again)", async () => {
    const reason = new Error("gone");
    const started = performance.now();
    // Callers await it: a synchronous throw and a rejection are the same to them.
    const error = await (async () => sleep(30_000, AbortSignal.abort(reason)))().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongAbortError);
    expect((error as GongAbortError).cause).toBe(reason);
    expect(performance.now() - started).toBeLessThan(1_000);
  });
});
