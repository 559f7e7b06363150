// OAuth against a Gong-like OAuth server on 127.0.0.1 (@gongkit/mock-server/oauth): Gong's request shapes
// checked where they arrive, single-use refresh tokens, one refresh for many calls, a 401's one replay,
// onTokens awaited before a new token is used, and no secret in any error.
import { inspect } from "node:util";
import { type OAuthServer, startOAuthServer } from "@gongkit/mock-server/oauth";
import { afterEach, describe, expect, expectTypeOf, it } from "vitest";
import {
  createGongClient,
  GongAuthenticationError,
  GongInvalidArgumentError,
  GongTokenError,
} from "../src/index.ts";
import {
  createGongOAuth,
  type GongOAuth,
  GongOAuthError,
  type GongScope,
  type GongTokenStore,
  type GongTokens,
  memoryTokenStore,
} from "../src/oauth/index.ts";
import { json, startServer } from "./helpers/scripted-server.ts";

const REDIRECT_URI = "http://127.0.0.1:9/oauth/callback";
let server: OAuthServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function setUp(): Promise<{ server: OAuthServer; oauth: GongOAuth }> {
  server = await startOAuthServer();
  const oauth = createGongOAuth({
    clientId: server.clientId,
    clientSecret: server.clientSecret,
    redirectUri: REDIRECT_URI,
    authorizeUrl: server.authorizeUrl,
    tokenUrl: server.tokenUrl,
  });
  return { server, oauth };
}

/** The admin's consent: follows the authorization URL to the redirect and returns its code and state. */
async function authorize(oauth: GongOAuth, scopes: GongScope[], state = "st-1") {
  const response = await fetch(oauth.authorizationUrl({ scopes, state }), { redirect: "manual" });
  const back = new URL(response.headers.get("location") ?? "");
  return { code: back.searchParams.get("code") ?? "", state: back.searchParams.get("state"), back };
}

/** Every way an error can be shown. */
const shown = (error: unknown) =>
  [String(error), (error as Error).stack, JSON.stringify(error), inspect(error, { depth: 5 })].join("\n");

describe("the authorization code flow", () => {
  it("authorizationUrl has Gong's fields, the scopes space-separated", async () => {
    const { oauth, server } = await setUp();
    const url = new URL(
      oauth.authorizationUrl({ scopes: ["api:users:read", "api:calls:read:basic"], state: "s/1 2" }),
    );
    expect(`${url.origin}${url.pathname}`).toBe(server.authorizeUrl);
    expect(Object.fromEntries(url.searchParams)).toEqual({
      client_id: server.clientId,
      response_type: "code",
      scope: "api:users:read api:calls:read:basic",
      redirect_uri: REDIRECT_URI,
      state: "s/1 2",
    });
    expect(url.search).toContain("scope=api%3Ausers%3Aread%20api%3Acalls%3Aread%3Abasic");
  });

  it("a misspelt scope is a type error, and refused at run time", async () => {
    const { oauth } = await setUp();
    expectTypeOf<GongScope>().toExtend<string>();
    // @ts-expect-error: Gong has no scope api:user:read
    expect(() => oauth.authorizationUrl({ scopes: ["api:user:read"], state: "s" })).toThrow(
      new GongInvalidArgumentError('Gong has no OAuth scope "api:user:read"'),
    );
    expect(() => oauth.authorizationUrl({ scopes: ["api:users:read"], state: "" })).toThrow(/state/);
  });

  it("exchangeCode sends Gong's grant with HTTP basic, and returns the customer's tokens and host", async () => {
    const { oauth, server } = await setUp();
    const { code, state } = await authorize(oauth, ["api:users:read"]);
    expect(state).toBe("st-1");
    const before = Date.now();
    const tokens = await oauth.exchangeCode(code);
    const [request] = server.tokenRequests;
    expect(request?.method).toBe("POST");
    expect(request?.basic).toEqual({ user: server.clientId, password: server.clientSecret });
    expect(request?.contentType).toBe("application/x-www-form-urlencoded");
    expect(request?.form).toEqual({
      grant_type: "authorization_code",
      code,
      client_id: server.clientId,
      redirect_uri: REDIRECT_URI,
    });
    // Nothing secret in the URL: a code in a query string lands in logs.
    expect(request?.query).toEqual({});
    expect(tokens).toMatchObject({ scopes: ["api:users:read"], apiBaseUrl: server.apiBaseUrl });
    expect(tokens.accessToken).toMatch(/^access-/);
    expect(tokens.refreshToken).toMatch(/^refresh-/);
    expect(tokens.expiresAt).toBeGreaterThanOrEqual(before + 86_400_000);
    expect(tokens.expiresAt).toBeLessThanOrEqual(Date.now() + 86_400_000);
  });

  it("a code works once: the second exchange is GongOAuthError invalid_grant, saying to authorize again", async () => {
    const { oauth } = await setUp();
    const { code } = await authorize(oauth, ["api:users:read"]);
    await oauth.exchangeCode(code);
    const error = await oauth.exchangeCode(code).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongOAuthError);
    expect(error).toMatchObject({ status: 400, error: "invalid_grant" });
    expect((error as Error).message).toContain("the customer must authorize the app again");
    expect(shown(error)).not.toContain(code);
  });
});

describe("refresh", () => {
  it("rotates: each refresh answers a new refresh token, and a used one is refused with invalid_grant", async () => {
    const { oauth, server } = await setUp();
    const first = await oauth.exchangeCode((await authorize(oauth, ["api:users:read"])).code);
    const second = await oauth.refresh(first.refreshToken);
    expect(second.refreshToken).not.toBe(first.refreshToken);
    expect(second.accessToken).not.toBe(first.accessToken);
    expect(server.tokenRequests.at(-1)?.form).toEqual({
      grant_type: "refresh_token",
      refresh_token: first.refreshToken,
      client_id: server.clientId,
    });
    const error = await oauth.refresh(first.refreshToken).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongOAuthError);
    expect((error as GongOAuthError).error).toBe("invalid_grant");
    for (const secret of [first.refreshToken, first.accessToken, server.clientSecret]) {
      expect(shown(error)).not.toContain(secret);
    }
    await expect(oauth.refresh(second.refreshToken)).resolves.toMatchObject({
      apiBaseUrl: server.apiBaseUrl,
    });
  });

  it("a wrong client secret is invalid_client, and the secret is in no error", async () => {
    const { server } = await setUp();
    const oauth = createGongOAuth({
      clientId: server.clientId,
      clientSecret: "wrong-secret-value-123",
      redirectUri: REDIRECT_URI,
      tokenUrl: server.tokenUrl,
    });
    const error = await oauth.exchangeCode(server.issueCode()).catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "GongOAuthError", status: 401, error: "invalid_client" });
    expect((error as Error).message).toContain("check them");
    expect(shown(error)).not.toContain("wrong-secret-value-123");
  });

  it("an unreachable token endpoint is GongOAuthError connection_failed", async () => {
    const oauth = createGongOAuth({
      clientId: "c",
      clientSecret: "s3cret-s3cret",
      redirectUri: REDIRECT_URI,
      tokenUrl: "http://127.0.0.1:9/oauth2/generate-customer-token",
    });
    const error = await oauth.refresh("refresh-token-value").catch((e: unknown) => e);
    expect(error).toMatchObject({ name: "GongOAuthError", error: "connection_failed", status: undefined });
    expect(shown(error)).not.toContain("refresh-token-value");
  });
});

describe("a session: the client's auth", () => {
  async function tokensFor(oauth: GongOAuth): Promise<GongTokens> {
    return oauth.exchangeCode((await authorize(oauth, ["api:users:read"])).code);
  }

  it("calls the customer's API host unless baseUrl is given", async () => {
    const { oauth, server } = await setUp();
    const tokens = await tokensFor(oauth);
    const gong = createGongClient({ auth: oauth.session(tokens), rateLimit: false });
    await expect(gong.users.get("234599484848423")).resolves.toMatchObject({
      user: { id: "234599484848423" },
    });
    expect(server.apiRequests).toEqual([
      { method: "GET", url: "/v2/users/234599484848423", token: tokens.accessToken, accepted: true },
    ]);
    const proxy = await startServer((_req, res) => json(res, 200, { requestId: "r", user: { id: "7" } }));
    try {
      const elsewhere = createGongClient({
        auth: oauth.session(tokens),
        baseUrl: proxy.url,
        rateLimit: false,
      });
      await elsewhere.users.get("7");
      expect(proxy.requests.map((r) => [r.url, r.headers.authorization])).toEqual([
        ["/v2/users/7", `Bearer ${tokens.accessToken}`],
      ]);
      expect(server.apiRequests).toHaveLength(1);
    } finally {
      await proxy.close();
    }
  });

  it("50 calls that find the token expired send exactly one refresh; onTokens is awaited before the new token is used", async () => {
    const { oauth, server } = await setUp();
    const tokens = { ...(await tokensFor(oauth)), expiresAt: Date.now() - 1 };
    const events: string[] = [];
    const session = oauth.session(tokens, {
      onTokens: async (fresh) => {
        events.push(`saved ${fresh.accessToken}`);
        await new Promise((resolve) => setTimeout(resolve, 20));
        events.push("save done");
      },
    });
    const gong = createGongClient({ auth: session, rateLimit: false });
    const before = server.tokenRequests.length;
    await Promise.all(Array.from({ length: 50 }, () => gong.users.get("42")));
    expect(server.tokenRequests.length - before).toBe(1);
    const fresh = await session.tokens();
    expect(fresh.accessToken).not.toBe(tokens.accessToken);
    expect(events).toEqual([`saved ${fresh.accessToken}`, "save done"]);
    expect(server.apiRequests).toHaveLength(50);
    expect(server.apiRequests.every((r) => r.token === fresh.accessToken && r.accepted)).toBe(true);
  });

  it("refreshes ahead of expiresAt by the margin the caller sets", async () => {
    const { oauth, server } = await setUp();
    const tokens = { ...(await tokensFor(oauth)), expiresAt: Date.now() + 60_000 };
    const before = server.tokenRequests.length;
    const lazy = createGongClient({
      auth: oauth.session(tokens, { refreshMarginMs: 1_000 }),
      rateLimit: false,
    });
    await lazy.users.get("1");
    expect(server.tokenRequests.length - before).toBe(0);
    const eager = createGongClient({
      auth: oauth.session(tokens, { refreshMarginMs: 120_000 }),
      rateLimit: false,
    });
    await eager.users.get("1");
    expect(server.tokenRequests.length - before).toBe(1);
    expect(server.apiRequests.at(-1)?.token).not.toBe(tokens.accessToken);
  });

  it("a 401 mid-session refreshes and replays the request once", async () => {
    const { oauth, server } = await setUp();
    const tokens = await tokensFor(oauth);
    const gong = createGongClient({ auth: oauth.session(tokens), rateLimit: false, maxRetries: 0 });
    await gong.users.get("1");
    server.expireAccessTokens(); // Gong no longer accepts it, though expiresAt is a day away
    await expect(gong.users.get("2")).resolves.toMatchObject({ user: { id: "2" } });
    const [, refused, replayed] = server.apiRequests;
    expect(refused).toMatchObject({ url: "/v2/users/2", token: tokens.accessToken, accepted: false });
    expect(replayed).toMatchObject({ url: "/v2/users/2", accepted: true });
    expect(replayed?.token).not.toBe(tokens.accessToken);
    expect(server.apiRequests).toHaveLength(3);
  });

  it("a second 401 after the refresh is GongAuthenticationError: one replay only", async () => {
    const { oauth, server } = await setUp();
    const gong = createGongClient({
      auth: oauth.session(await tokensFor(oauth)),
      rateLimit: false,
      maxRetries: 3,
    });
    server.refuseApi(true);
    const before = server.tokenRequests.length;
    await expect(gong.users.get("1")).rejects.toBeInstanceOf(GongAuthenticationError);
    expect(server.apiRequests).toHaveLength(2);
    expect(server.tokenRequests.length - before).toBe(1);
  });

  it("a revoked app: the refresh's invalid_grant reaches the call as GongOAuthError", async () => {
    const { oauth, server } = await setUp();
    const tokens = await tokensFor(oauth);
    const gong = createGongClient({ auth: oauth.session(tokens), rateLimit: false });
    server.revokeAll();
    const error = await gong.users.get("1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongOAuthError);
    expect((error as Error).message).toContain("authorize the app again");
    for (const secret of [tokens.accessToken, tokens.refreshToken, server.clientSecret]) {
      expect(shown(error)).not.toContain(secret);
    }
  });

  it("onTokens failing fails the call and says why; the new tokens are kept and saved before the next call", async () => {
    const { oauth, server } = await setUp();
    const tokens = { ...(await tokensFor(oauth)), expiresAt: 0 };
    let failures = 1;
    const saved: GongTokens[] = [];
    const gong = createGongClient({
      rateLimit: false,
      auth: oauth.session(tokens, {
        onTokens: (fresh) => {
          if (failures-- > 0) throw new Error("disk full");
          saved.push(fresh);
        },
      }),
    });
    const before = server.tokenRequests.length;
    const error = await gong.users.get("1").catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongTokenError);
    expect((error as Error).message).toContain("saving them failed");
    expect(((error as Error).cause as Error).message).toBe("disk full");
    expect(server.apiRequests).toHaveLength(0); // the unsaved token was never used
    await gong.users.get("1");
    expect(server.tokenRequests.length - before).toBe(1); // no second refresh: the kept tokens were saved
    expect(saved).toHaveLength(1);
    expect(server.apiRequests[0]?.token).toBe(saved[0]?.accessToken);
  });

  it("a store: the session reads it, refreshes under its lock, and writes the rotated tokens", async () => {
    const { oauth, server } = await setUp();
    const tokens = await tokensFor(oauth);
    const inner = memoryTokenStore({ ...tokens, expiresAt: 0 });
    const calls: string[] = [];
    const store: GongTokenStore = {
      get: () => (calls.push("get"), inner.get()),
      set: (t) => (calls.push("set"), inner.set(t)),
      withLock: (task) => (calls.push("lock"), inner.withLock(task)),
    };
    const gong = createGongClient({ auth: oauth.session(tokens, { store }), rateLimit: false });
    await gong.users.get("1");
    // The stored (expired) tokens win over the ones passed: the store may be newer.
    expect(calls).toEqual(["get", "lock", "get", "set"]);
    expect((await inner.get())?.accessToken).toBe(server.apiRequests[0]?.token);
    expect(() => oauth.session(tokens, { store, onTokens: () => {} })).toThrow(GongInvalidArgumentError);
  });

  it("bad tokens are refused when the session is made", async () => {
    const { oauth } = await setUp();
    expect(() => oauth.session({ accessToken: "a" } as GongTokens)).toThrow(
      /tokens must be \{ accessToken, refreshToken, expiresAt, scopes, apiBaseUrl \}/,
    );
  });
});
