// One OAuth session for many workers: with Gong's single-use refresh tokens, 50 calls across 4 worker
// processes that find the token expired send exactly one refresh request; the others use what was stored.
import { createGongOAuth } from "@gongkit/client/oauth";
import { type OAuthServer, startOAuthServer } from "@gongkit/mock-server/oauth";
import { type RedisServer, startRedis } from "@gongkit/mock-server/redis";
import { afterAll, beforeAll, expect, it } from "vitest";
import { redisTokenStore } from "../src/index.ts";
import { runWorkers } from "./helpers/workers.ts";

let redis: RedisServer;
let gong: OAuthServer;
beforeAll(async () => {
  [redis, gong] = await Promise.all([startRedis(), startOAuthServer()]);
});
afterAll(async () => {
  await Promise.all([redis?.stop(), gong?.close()]);
});

it("50 calls across 4 workers at expiry: one refresh request, every call made with the new token", async () => {
  const oauth = createGongOAuth({
    clientId: gong.clientId,
    clientSecret: gong.clientSecret,
    redirectUri: "http://127.0.0.1/callback",
    tokenUrl: gong.tokenUrl,
  });
  const tokens = { ...(await oauth.exchangeCode(gong.issueCode())), expiresAt: 0 };
  const before = gong.tokenRequests.length;
  const shared = {
    baseUrl: gong.apiBaseUrl,
    redis: { url: redis.url, key: "gong:limit:acme" },
    oauth: {
      tokenUrl: gong.tokenUrl,
      clientId: gong.clientId,
      clientSecret: gong.clientSecret,
      tokens,
      key: "gong:oauth:acme",
    },
  };
  const { reports } = await runWorkers(
    [13, 13, 12, 12].map((gets, n) => ({ ...shared, gets, idBase: (n + 1) * 100 })),
  );
  expect(reports.flatMap((r) => r.failures)).toEqual([]);
  expect(reports.reduce((sum, r) => sum + r.ok, 0)).toBe(50);
  expect(gong.tokenRequests.length - before).toBe(1);
  const stored = redisTokenStore({ url: redis.url, key: "gong:oauth:acme" });
  const fresh = await stored.get();
  await stored.close();
  expect(fresh?.refreshToken).not.toBe(tokens.refreshToken);
  expect(gong.apiRequests).toHaveLength(50);
  expect(gong.apiRequests.every((r) => r.accepted && r.token === fresh?.accessToken)).toBe(true);
});
