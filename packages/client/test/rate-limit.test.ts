// The limiter against a server that holds Gong's limit strictly (any 4th arrival within 1,000 ms is
// refused with 429), the way a user meets it: bursts and paginations at once, with default settings.
import { type StrictLimitServer, startStrictLimitServer } from "@gongkit/mock-server/strict-limit";
import { afterEach, describe, expect, it } from "vitest";
import { createGongClient, DEFAULTS, GongRateLimitError } from "../src/index.ts";
import { MAX_ARRIVAL_DELAY_MS } from "../src/rate-limiter.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, testClient, USER_ID } from "./helpers/client.ts";
import { gongError, json, USER_BODY, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();
let strict: StrictLimitServer | undefined;
afterEach(async () => {
  await strict?.close();
  strict = undefined;
});

const defaultClient = (baseUrl: string) =>
  createGongClient({ auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET }, baseUrl });

/** The most arrivals the server saw within any `windowMs`. */
function busiestWindow(arrivals: { at: number }[], windowMs: number): number {
  let most = 0;
  for (let i = 0; i < arrivals.length; i++) {
    let j = i;
    while (j < arrivals.length && arrivals[j]!.at - arrivals[i]!.at < windowMs) j++;
    most = Math.max(most, j - i);
  }
  return most;
}

describe("rate limiting", () => {
  it("is on by default at Gong's 3 requests per second", () => {
    expect(DEFAULTS.rateLimit).toEqual({ requestsPerSecond: 3 });
  });

  it("60 concurrent users.get plus a 600-user pagination, default client: every call succeeds, zero 429s", async () => {
    // Gong's limit, as the client's default holds it: the server refuses what goes over it.
    const perSecond = DEFAULTS.rateLimit.requestsPerSecond;
    strict = await startStrictLimitServer({ limit: perSecond, windowMs: 1000, users: 600, pageSize: 100 });
    const gong = defaultClient(strict.url);
    const listing = (async () => {
      const ids: string[] = [];
      for await (const user of gong.users.list()) ids.push(user.id ?? "");
      return ids;
    })();
    const gets = Promise.allSettled(Array.from({ length: 60 }, (_, i) => gong.users.get(String(i + 1))));
    const [ids, results] = await Promise.all([listing, gets]);
    expect(ids).toHaveLength(600);
    expect(new Set(ids).size).toBe(600);
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(60);
    expect(strict.rejected()).toBe(0);
    // 60 gets and 6 pages, each sent once.
    expect(strict.arrivals).toHaveLength(66);
    expect(busiestWindow(strict.arrivals, 1000)).toBe(perSecond);
  }, 60_000);

  it("the same burst with rateLimit: false is refused by the server (the test can fail)", async () => {
    strict = await startStrictLimitServer();
    const gong = testClient(strict.url, { maxRetries: 0 });
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => gong.users.get(USER_ID)));
    const refused = results.filter((r) => r.status === "rejected" && r.reason instanceof GongRateLimitError);
    expect(refused.length).toBeGreaterThan(20);
    expect(strict.rejected()).toBe(refused.length);
  });

  it("one 429 pauses the whole client for its Retry-After, not only the call that received it", async () => {
    let refusedAt = 0;
    const server = await serve((_req, res, i) => {
      if (i > 0) return json(res, 200, USER_BODY);
      refusedAt = performance.now();
      // 2 s: longer than the window, so only the pause can explain a wait that long.
      gongError(res, 429, { "retry-after": "2" });
    });
    const gong = testClient(server.url, { rateLimit: { requestsPerSecond: 3 } });
    // Three start at once; three wait in the queue for the window.
    await Promise.all(Array.from({ length: 6 }, () => gong.users.get(USER_ID)));
    expect(server.requests).toHaveLength(7);
    const queued = server.requests.slice(3).map((r) => r.at - refusedAt);
    // The queued ones and the retry arrive no earlier than the 2 s the server asked for.
    expect(Math.min(...queued)).toBeGreaterThanOrEqual(1_999);
  });

  it("a Retry-After past maxRetryDelayMs (the daily quota): every waiting and later call fails fast, unsent", async () => {
    const { url, requests } = await serve((_req, res) => gongError(res, 429, { "retry-after": "3600" }));
    // One request per second: the first call is sent, the other four wait for slots when its 429 comes.
    const gong = testClient(url, { rateLimit: { requestsPerSecond: 1 }, maxRetryDelayMs: 60_000 });
    const calls = await Promise.all(
      [1, 2, 3, 4, 5].map(() => gong.users.get(USER_ID).catch((e: unknown) => e)),
    );
    const later = await gong.users.get(USER_ID).catch((e: unknown) => e);
    expect(requests).toHaveLength(1);
    for (const error of [...calls, later]) expect(error).toBeInstanceOf(GongRateLimitError);
    const unsent = [...calls.slice(1), later] as GongRateLimitError[];
    for (const error of unsent) {
      expect(error.message).toMatch(
        /paused until \d{4}-\d\d-\d\dT[\d:.]+Z, longer than maxRetryDelayMs \(60000 ms\)/,
      );
      // About an hour, give or take the time the test took.
      expect(error.retryAfterMs).toBeGreaterThan(3_500_000);
      expect(error.retryAfterMs).toBeLessThanOrEqual(3_600_000);
    }
  });

  it("retries wait for a slot too: with 1 request per second, attempts arrive a full second apart", async () => {
    const server = await serve((_req, res, i) =>
      i < 2 ? gongError(res, 503, { "retry-after-ms": "0" }) : json(res, 200, USER_BODY),
    );
    await testClient(server.url, { rateLimit: { requestsPerSecond: 1 } }).users.get(USER_ID);
    const [first, second, third] = server.requests.map((r) => r.at);
    expect(second! - first!).toBeGreaterThanOrEqual(999);
    expect(third! - second!).toBeGreaterThanOrEqual(999);
  });

  it("an unanswered request is assumed to arrive at most MAX_ARRIVAL_DELAY_MS after it starts", async () => {
    // The first answer is held back; the next request may start once that bound is a window old.
    const server = await serve((_req, res, i) => {
      if (i === 0) setTimeout(() => json(res, 200, USER_BODY), 5_000);
      else json(res, 200, USER_BODY);
    });
    const gong = testClient(server.url, { rateLimit: { requestsPerSecond: 1 } });
    const firstStart = performance.now();
    const slow = gong.users.get(USER_ID);
    await new Promise((resolve) => setTimeout(resolve, 20));
    await gong.users.get(USER_ID);
    const [first, second] = server.requests.map((r) => r.at);
    // A window after the first's assumed latest arrival (its start plus the delay), not after its answer (5 s).
    expect(second! - firstStart).toBeGreaterThanOrEqual(MAX_ARRIVAL_DELAY_MS + 999);
    expect(second! - first!).toBeLessThan(5_000);
    await slow;
  });
});
