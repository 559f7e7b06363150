// The client-side limiter against a server that enforces Gong's 3 requests per second.
import { afterEach, describe, expect, it } from "vitest";
import { createGongClient, DEFAULTS, GongRateLimitError } from "../src/index.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, testClient, USER_ID } from "./helpers/client.ts";
import { gongError, json, type ScriptedServer, startServer, USER_BODY } from "./helpers/scripted-server.ts";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

/**
 * Gong's limit as a token bucket: 3 tokens, refilled at 3 per second; a request without a token
 * gets 429 with Retry-After. Counts the 429s it sent.
 */
async function serveThreePerSecond() {
  const capacity = 3;
  const perMs = 3 / 1000;
  let tokens = capacity;
  let last = performance.now();
  let rejected = 0;
  const started = await startServer((_req, res) => {
    const now = performance.now();
    tokens = Math.min(capacity, tokens + (now - last) * perMs);
    last = now;
    if (tokens < 1) {
      rejected++;
      gongError(res, 429, { "retry-after": "1" });
      return;
    }
    tokens -= 1;
    json(res, 200, USER_BODY);
  });
  server = started;
  return { ...started, rejected: () => rejected };
}

describe("rate limiting", () => {
  it("is on by default at Gong's 3 requests per second", () => {
    expect(DEFAULTS.rateLimit).toEqual({ requestsPerSecond: 3 });
  });

  it("a burst of 30 concurrent calls with the default limiter: all 30 succeed, zero 429s", async () => {
    const limited = await serveThreePerSecond();
    const gong = createGongClient({
      auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
      baseUrl: limited.url,
      maxRetries: 0, // a 429 would surface as an error, not be hidden by a retry
    });
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => gong.users.get(USER_ID)));
    expect(results.filter((r) => r.status === "fulfilled")).toHaveLength(30);
    expect(limited.rejected()).toBe(0);
    expect(limited.requests).toHaveLength(30);
    // Spaced, not bunched: 30 starts at 3 per second span at least 29/3 s (with scheduling slack).
    const span = limited.requests[29]!.at - limited.requests[0]!.at;
    expect(span).toBeGreaterThanOrEqual(9_000);
  });

  it("the same burst with rateLimit: false is refused by the server (the test can fail)", async () => {
    const limited = await serveThreePerSecond();
    const gong = testClient(limited.url, { maxRetries: 0 });
    const results = await Promise.allSettled(Array.from({ length: 30 }, () => gong.users.get(USER_ID)));
    const refused = results.filter((r) => r.status === "rejected" && r.reason instanceof GongRateLimitError);
    expect(refused.length).toBeGreaterThan(20);
    expect(limited.rejected()).toBe(refused.length);
  });

  it("retries wait for a slot too", async () => {
    const started = await startServer((_req, res, i) =>
      i < 2 ? gongError(res, 503, { "retry-after-ms": "0" }) : json(res, 200, USER_BODY),
    );
    server = started;
    await testClient(started.url, { rateLimit: { requestsPerSecond: 5 } }).users.get(USER_ID);
    const [first, , third] = started.requests.map((r) => r.at);
    // Three slots 200 ms apart span 400 ms; without the limiter the retries follow in a few ms. The slack
    // absorbs a first request delayed in flight (a new connection on a busy machine).
    expect(third! - first!).toBeGreaterThanOrEqual(300);
  });
});
