// createGongClient's options: which headers win, what a browser is not sent, and the exact bounds and
// messages of every check made at creation or per call.
import { afterEach, describe, expect, it } from "vitest";
import { createGongClient, type GongClientOptions, GongInvalidArgumentError } from "../src/index.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, testClient, USER_ID } from "./helpers/client.ts";
import { json, USER_BODY, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();
const BASIC = `Basic ${Buffer.from(`${ACCESS_KEY}:${ACCESS_KEY_SECRET}`).toString("base64")}`;

describe("headers", () => {
  it("the caller's headers win over the defaults whatever their case; Authorization always comes from auth", async () => {
    const { url, requests } = await serve((_req, res) => json(res, 200, USER_BODY));
    const headers = {
      "User-Agent": "my-app/1.0",
      ACCEPT: "application/x-custom",
      Authorization: "Bearer not-this",
    };
    const gong = testClient(url, { headers });
    await gong.users.get(USER_ID);
    await gong.GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
    for (const request of requests) {
      expect(request.headers["user-agent"]).toBe("my-app/1.0");
      expect(request.headers.accept).toBe("application/x-custom");
      expect(request.headers.authorization).toBe(BASIC);
    }
    // The bearer-function path sets Authorization per attempt: it wins there too.
    await testClient(url, { headers, auth: { bearerToken: async () => "fresh-token" } }).users.get(USER_ID);
    expect(requests.at(-1)?.headers.authorization).toBe("Bearer fresh-token");
  });

  describe("in a browser (a page or a worker), no User-Agent and no x-gongkit-client are set", () => {
    const scope = globalThis as { document?: unknown; importScripts?: unknown };
    afterEach(() => {
      delete scope.document;
      delete scope.importScripts;
    });

    it.each([
      ["a page (document)", () => (scope.document = {})],
      ["a worker (importScripts)", () => (scope.importScripts = () => {})],
    ])("%s", async (_name, enter) => {
      const { url, requests } = await serve((_req, res) => json(res, 200, USER_BODY));
      enter();
      await testClient(url).users.get(USER_ID);
      // undici sends its own default User-Agent; the client's is not set.
      expect(requests[0]?.headers["user-agent"]).not.toContain("@gongkit/client");
      // Each header of its own is one more that a CORS preflight must allow.
      expect(requests[0]?.headers["x-gongkit-client"]).toBeUndefined();
    });

    it("a global importScripts that is not a function is no worker", async () => {
      const { url, requests } = await serve((_req, res) => json(res, 200, USER_BODY));
      scope.importScripts = "not a function";
      await testClient(url).users.get(USER_ID);
      expect(requests[0]?.headers["user-agent"]).toMatch(/^@gongkit\/client\//);
    });
  });
});

describe("checks at creation", () => {
  const create = (options: Partial<GongClientOptions>) => () =>
    createGongClient({ auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET }, ...options });
  const MAX_TIMER_MS = 2 ** 31 - 1;

  it.each([
    [{ timeoutMs: 1 }],
    [{ timeoutMs: MAX_TIMER_MS }],
    [{ maxRetries: 0 }],
    [{ maxRetries: 100 }],
    [{ maxRetryDelayMs: 0 }],
    [{ maxRetryDelayMs: MAX_TIMER_MS }],
    [{ rateLimit: { requestsPerSecond: 0.5 } }],
    [{ rateLimit: false as const }],
    [{ fetch: globalThis.fetch }],
  ])("accepted: %j", (options) => {
    expect(create(options)).not.toThrow();
  });

  it.each([
    [{ timeoutMs: 0 }, `timeoutMs must be a number of milliseconds from 1 to ${MAX_TIMER_MS}`],
    [{ timeoutMs: MAX_TIMER_MS + 1 }, `timeoutMs must be a number of milliseconds from 1 to ${MAX_TIMER_MS}`],
    [{ timeoutMs: "100" }, "timeoutMs must be a number"],
    [{ maxRetryDelayMs: -1 }, `maxRetryDelayMs must be a number of milliseconds from 0 to ${MAX_TIMER_MS}`],
    [{ maxRetryDelayMs: MAX_TIMER_MS + 1 }, "maxRetryDelayMs must be a number"],
    [{ maxRetries: 101 }, "maxRetries must be an integer from 0 to 100"],
    [{ maxRetries: -1 }, "maxRetries must be an integer from 0 to 100"],
    [{ maxRetries: 0.5 }, "maxRetries must be an integer from 0 to 100"],
    [
      { rateLimit: { requestsPerSecond: 0 } },
      "rateLimit must be { requestsPerSecond: <positive number> }, a shared rate limiter, or false",
    ],
    [{ rateLimit: { requestsPerSecond: Number.POSITIVE_INFINITY } }, "rateLimit must be"],
    [{ rateLimit: { requestsPerSecond: Number.NaN } }, "rateLimit must be"],
    [{ rateLimit: { requestsPerSecond: "3" } }, "rateLimit must be"],
    [{ rateLimit: {} }, "rateLimit must be"],
    [{ fetch: "fetch" }, "fetch must be a fetch function"],
  ])("refused: %j", (options, message) => {
    expect(create(options as Partial<GongClientOptions>)).toThrow(GongInvalidArgumentError);
    expect(create(options as Partial<GongClientOptions>)).toThrow(message);
  });

  it.each([null, "options", 1])("options %j is refused", (options) => {
    expect(() => createGongClient(options as never)).toThrow(
      new GongInvalidArgumentError("createGongClient needs an options object with `auth`"),
    );
  });

  it.each([
    [undefined, "auth must be { accessKey, accessKeySecret } or { bearerToken }"],
    [null, "auth must be { accessKey, accessKeySecret } or { bearerToken }"],
    ["key:secret", "auth must be { accessKey, accessKeySecret } or { bearerToken }"],
    [{}, "auth must be { accessKey, accessKeySecret } or { bearerToken }"],
    [{ accessKey: "", accessKeySecret: "s" }, "auth.accessKey must be a non-empty string without ':'"],
    [{ accessKey: 7, accessKeySecret: "s" }, "auth.accessKey must be a non-empty string without ':'"],
    [{ accessKey: "a:b", accessKeySecret: "s" }, "auth.accessKey must be a non-empty string without ':'"],
    [{ accessKey: "a", accessKeySecret: "" }, "auth.accessKeySecret must be a non-empty string"],
    [{ accessKey: "a", accessKeySecret: 7 }, "auth.accessKeySecret must be a non-empty string"],
    [{ bearerToken: 7 }, "auth.bearerToken must be a string or a function returning one"],
    [{ bearerToken: "" }, "auth.bearerToken must be a non-empty string of visible ASCII characters"],
    [{ bearerToken: "a b" }, "auth.bearerToken must be a non-empty string of visible ASCII characters"],
    [{ bearerToken: "tök" }, "auth.bearerToken must be a non-empty string of visible ASCII characters"],
  ])("auth %j: %s", (auth, message) => {
    expect(() => createGongClient({ auth: auth as never })).toThrow(new GongInvalidArgumentError(message));
  });

  it("a bearer function resolving to a number is refused before sending", async () => {
    const { url, requests } = await serve((_req, res) => json(res, 200, USER_BODY));
    const gong = testClient(url, { auth: { bearerToken: async () => 42 as unknown as string } });
    await expect(gong.users.get(USER_ID)).rejects.toThrow(
      new GongInvalidArgumentError("auth.bearerToken must be a non-empty string of visible ASCII characters"),
    );
    expect(requests).toHaveLength(0);
  });

  it("visible ASCII from ! to ~ is a valid token", async () => {
    const { url, requests } = await serve((_req, res) => json(res, 200, USER_BODY));
    const token = "!azAZ09~";
    await testClient(url, { auth: { bearerToken: token } }).users.get(USER_ID);
    expect(requests[0]?.headers.authorization).toBe(`Bearer ${token}`);
  });
});

describe("per-call options", () => {
  it.each([
    [null, "options must be an object: { signal?, timeoutMs?, maxRetries? }"],
    ["fast", "options must be an object: { signal?, timeoutMs?, maxRetries? }"],
    [{ timeoutMs: 0 }, "timeoutMs must be a number of milliseconds from 1"],
    [{ maxRetries: 101 }, "maxRetries must be an integer from 0 to 100"],
  ])("%j is refused before sending", async (options, message) => {
    const { url, requests } = await serve((_req, res) => json(res, 200, USER_BODY));
    const error = await testClient(url)
      .users.get(USER_ID, options as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongInvalidArgumentError);
    expect((error as Error).message).toContain(message);
    expect(requests).toHaveLength(0);
  });

  it("options for one call leave the client's defaults alone", async () => {
    const { url, requests } = await serve((_req, res) => json(res, 503, {}, { "retry-after": "0" }));
    const gong = testClient(url, { maxRetries: 1 });
    await gong.users.get(USER_ID, { maxRetries: 0 }).catch(() => {});
    expect(requests).toHaveLength(1);
    await gong.users.get(USER_ID).catch(() => {});
    expect(requests).toHaveLength(3);
  });
});
