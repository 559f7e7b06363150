// What goes over the wire: the auth header, Accept, the client's name and version, custom headers.
import { afterEach, describe, expect, it } from "vitest";
import pkg from "../package.json" with { type: "json" };
import {
  CLIENT_VERSION,
  createGongClient,
  GongAbortError,
  GongError,
  GongInvalidArgumentError,
  GongTimeoutError,
  GongTokenError,
} from "../src/index.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, testClient, USER_ID } from "./helpers/client.ts";
import { json, type ScriptedServer, startServer, USER_BODY } from "./helpers/scripted-server.ts";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function serveUser() {
  server = await startServer((_req, res) => json(res, 200, USER_BODY));
  return server;
}

describe("headers", () => {
  it("Accept JSON, x-gongkit-client and User-Agent with the package version", async () => {
    const { url, requests } = await serveUser();
    await testClient(url).users.get(USER_ID);
    const headers = requests[0]!.headers;
    expect(CLIENT_VERSION).toBe(pkg.version);
    expect(headers.accept).toBe("application/json");
    expect(headers["x-gongkit-client"]).toBe(`@gongkit/client/${pkg.version}`);
    expect(headers["user-agent"]).toBe(`@gongkit/client/${pkg.version}`);
  });

  it("custom headers are sent with every request", async () => {
    const { url, requests } = await serveUser();
    const gong = testClient(url, { headers: { "X-Team": "sales" } });
    await gong.users.get(USER_ID);
    await gong.GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
    expect(requests.map((r) => r.headers["x-team"])).toEqual(["sales", "sales"]);
  });

  it("builds the path from the spec: GET /v2/users/{id}", async () => {
    const { url, requests } = await serveUser();
    await testClient(url).users.get(USER_ID);
    expect(requests[0]).toMatchObject({ method: "GET", url: `/v2/users/${USER_ID}` });
  });

  it("a baseUrl with a path prefix and trailing slash is joined correctly", async () => {
    const { url, requests } = await serveUser();
    await testClient(`${url}/proxy/`).users.get(USER_ID);
    expect(requests[0]!.url).toBe(`/proxy/v2/users/${USER_ID}`);
  });
});

describe("auth", () => {
  it("access key: HTTP basic with the UTF-8 bytes of key:secret", async () => {
    const { url, requests } = await serveUser();
    await testClient(url).users.get(USER_ID);
    const expected = Buffer.from(`${ACCESS_KEY}:${ACCESS_KEY_SECRET}`, "utf8").toString("base64");
    expect(requests[0]!.headers.authorization).toBe(`Basic ${expected}`);
  });

  it("bearer token string", async () => {
    const { url, requests } = await serveUser();
    await testClient(url, { auth: { bearerToken: "tok-123" } }).users.get(USER_ID);
    expect(requests[0]!.headers.authorization).toBe("Bearer tok-123");
  });

  it("bearer token function: called for every HTTP request, retries included", async () => {
    server = await startServer((_req, res, i) =>
      i === 0 ? json(res, 503, {}, { "retry-after": "0" }) : json(res, 200, USER_BODY),
    );
    let calls = 0;
    const gong = testClient(server.url, { auth: { bearerToken: async () => `tok-${++calls}` } });
    await gong.users.get(USER_ID);
    await gong.GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
    expect(server.requests.map((r) => r.headers.authorization)).toEqual([
      "Bearer tok-1",
      "Bearer tok-2",
      "Bearer tok-3",
    ]);
  });

  it("a bearer function returning a header-breaking value is refused before sending, without echoing it", async () => {
    const { url, requests } = await serveUser();
    const gong = testClient(url, { auth: { bearerToken: () => "tok\r\nX-Injected: 1" } });
    const error = await gong.users.get(USER_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongInvalidArgumentError);
    expect((error as Error).message).not.toContain("tok");
    expect(requests).toHaveLength(0);
  });

  it("a bearer function that throws becomes GongTokenError (a GongError) before anything is sent", async () => {
    const { url, requests } = await serveUser();
    const failure = new Error("refresh failed");
    const gong = testClient(url, { auth: { bearerToken: () => Promise.reject(failure) } });
    const error = await gong.users.get(USER_ID).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongTokenError);
    expect(error).toBeInstanceOf(GongError);
    expect((error as Error).cause).toBe(failure);
    expect(requests).toHaveLength(0);
  });

  it("a bearer function that never settles is cut off by the signal and by the timeout", async () => {
    const { url, requests } = await serveUser();
    const gong = testClient(url, {
      maxRetries: 0,
      auth: { bearerToken: () => new Promise<string>(() => {}) },
    });
    const aborted = await gong.users
      .get(USER_ID, { signal: AbortSignal.timeout(50) })
      .catch((e: unknown) => e);
    expect(aborted).toBeInstanceOf(GongAbortError);
    const timedOut = await gong.users.get(USER_ID, { timeoutMs: 50 }).catch((e: unknown) => e);
    expect(timedOut).toBeInstanceOf(GongTimeoutError);
    expect(requests).toHaveLength(0);
  });

  it.each([
    [{ accessKey: "", accessKeySecret: "x" }],
    [{ accessKey: "a:b", accessKeySecret: "x" }],
    [{ accessKey: "a", accessKeySecret: "" }],
    [{ bearerToken: "" }],
    [{ bearerToken: 42 }],
    [{}],
  ])("invalid auth %j is refused at creation", (auth) => {
    expect(() => createGongClient({ auth: auth as never })).toThrow(GongInvalidArgumentError);
  });

  it.each([
    [{ baseUrl: "api.gong.io" }],
    [{ baseUrl: "ftp://api.gong.io" }],
    [{ baseUrl: "https://user:pw@api.gong.io" }],
    [{ timeoutMs: 0 }],
    [{ maxRetries: -1 }],
    [{ maxRetries: 1.5 }],
    [{ rateLimit: { requestsPerSecond: 0 } }],
  ])("invalid option %j is refused at creation", (options) => {
    expect(() => createGongClient({ auth: { bearerToken: "t" }, ...(options as object) })).toThrow(
      GongInvalidArgumentError,
    );
  });
});
