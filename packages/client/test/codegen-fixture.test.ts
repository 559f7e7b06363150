// The generator's fixture output (tools/client-codegen/test/fixtures), bound to this package's real
// core and run against a local server: the new operations work with no hand-written code.
import { afterEach, describe, expect, it } from "vitest";
import type { paths } from "../../../tools/client-codegen/test/fixtures/generated/openapi.ts";
import { createResources } from "../../../tools/client-codegen/test/fixtures/generated/resources.ts";
import { createClientCore } from "../src/client.ts";
import { GongInvalidArgumentError, GongNotFoundError } from "../src/index.ts";
import { operation } from "../src/resource-runtime.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, USER_ID } from "./helpers/client.ts";
import { gongError, json, type ScriptedServer, startServer } from "./helpers/scripted-server.ts";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fixtureClient() {
  server = await startServer(async (req, res) => {
    if (req.url?.startsWith("/v2/users/404")) return gongError(res, 404);
    const url = new URL(req.url ?? "/", "http://x");
    let body = "";
    for await (const chunk of req) body += chunk;
    json(res, 200, {
      requestId: "r",
      method: req.method,
      path: url.pathname,
      query: Object.fromEntries(url.searchParams),
      contentType: req.headers["content-type"] ?? null,
      body,
    });
  });
  const { runtime } = createClientCore<paths>({
    auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
    baseUrl: server.url,
    rateLimit: false,
  });
  return createResources(runtime);
}

describe("generated from the fixture spec", () => {
  it("users.list sends the cursor as a query parameter", async () => {
    const resources = await fixtureClient();
    const page = (await resources.users.list({ cursor: "eyJwYWdlIjoyfQ==" })) as unknown as {
      query: object;
      path: string;
    };
    expect(page.path).toBe("/v2/users");
    expect(page.query).toEqual({ cursor: "eyJwYWdlIjoyfQ==" });
    expect(server?.requests.at(-1)?.url).toBe("/v2/users?cursor=eyJwYWdlIjoyfQ%3D%3D");
  });

  it("users.list without a query sends none", async () => {
    const resources = await fixtureClient();
    await resources.users.list();
    await resources.users.list(undefined, { timeoutMs: 5_000 });
    expect(server?.requests.map((r) => r.url)).toEqual(["/v2/users", "/v2/users"]);
  });

  it("users.settingsHistory builds its path from a checked id", async () => {
    const resources = await fixtureClient();
    await resources.users.settingsHistory(USER_ID);
    expect(server?.requests.at(-1)?.url).toBe(`/v2/users/${USER_ID}/settings-history`);
  });

  it.each(["", "1/2", "../1", "1?a=b", "1#x", " 1", "١", "1".repeat(21)])(
    "users.settingsHistory(%j) is refused before any request",
    async (id) => {
      const resources = await fixtureClient();
      const error = await resources.users.settingsHistory(id).catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GongInvalidArgumentError);
      expect((error as Error).message).toContain(
        "id must be a string of 1 to 20 digits (pattern ^[0-9]{1,20}$)",
      );
      expect(server?.requests).toHaveLength(0);
    },
  );

  it("errors are the same typed errors", async () => {
    const resources = await fixtureClient();
    await expect(resources.users.settingsHistory("404")).rejects.toThrow(GongNotFoundError);
  });

  it("meetings.update sends its path parameter, JSON body and query together", async () => {
    const resources = await fixtureClient();
    const update = {
      title: "Renewal — Q3 ✓",
      startTime: "2026-12-02T10:00:00Z",
      endTime: "2026-12-02T10:30:00Z",
      invitees: [{ emailAddress: "jon@example.com", displayName: "Jon" }],
    };
    const echo = (await resources.meetings.update("7782342274025937895", update, {
      notify: false,
    })) as unknown as Record<string, unknown>;
    expect(echo).toMatchObject({
      method: "PUT",
      path: "/v2/meetings/7782342274025937895",
      query: { notify: "false" },
      contentType: "application/json",
    });
    expect(JSON.parse(echo.body as string)).toEqual(update);
  });

  it("meetings.update checks its path parameter before sending the body", async () => {
    const resources = await fixtureClient();
    const error = await resources.meetings
      .update("7782/../1", { title: "t", startTime: "", endTime: "", invitees: [] }, { notify: true })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongInvalidArgumentError);
    expect((error as Error).message).toContain("meetingId must be a string of 1 to 20 digits");
    expect(server?.requests).toHaveLength(0);
  });

  it("users.extensive sends its optional body when given, and no body when left out", async () => {
    const resources = await fixtureClient();
    const filter = { filter: { userIds: [USER_ID] }, cursor: "c2" };
    const withBody = (await resources.users.extensive(filter)) as unknown as Record<string, unknown>;
    expect(withBody).toMatchObject({
      method: "POST",
      path: "/v2/users/extensive",
      contentType: "application/json",
    });
    expect(JSON.parse(withBody.body as string)).toEqual(filter);
    const withoutBody = (await resources.users.extensive(undefined, { maxRetries: 0 })) as unknown as Record<
      string,
      unknown
    >;
    expect(withoutBody).toMatchObject({ method: "POST", body: "", contentType: null });
  });

  it("a body is sent again, whole, on a retry", async () => {
    server = await startServer(async (req, res, index) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      if (index === 0) return gongError(res, 503, { "retry-after": "0" });
      json(res, 200, { requestId: "r", body });
    });
    const { runtime } = createClientCore<paths>({
      auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
      baseUrl: server.url,
      rateLimit: false,
    });
    const filter = { filter: { userIds: [USER_ID] } };
    const echo = (await createResources(runtime).users.extensive(filter)) as unknown as { body: string };
    expect(server.requests).toHaveLength(2);
    expect(JSON.parse(echo.body)).toEqual(filter);
  });
});

describe("the fixture's declarations at run time", () => {
  it("calls.create (x-gongkit-idempotent: false) is sent once on a 503; users.extensive (true) is retried", async () => {
    server = await startServer((_req, res) => gongError(res, 503, { "retry-after": "0" }));
    const { runtime } = createClientCore<paths>({
      auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
      baseUrl: server.url,
      rateLimit: false,
      maxRetries: 2,
    });
    const resources = createResources(runtime);
    await expect(resources.calls.create({ clientUniqueId: "c1" })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(1);
    await expect(resources.users.extensive({ filter: {} })).rejects.toMatchObject({ status: 503 });
    expect(server.requests).toHaveLength(4);
  });

  it("users.list (x-gongkit-pagination) iterates pages; calls.create's int64 arrives as a string", async () => {
    server = await startServer((req, res) => {
      if (req.method === "POST") {
        res.writeHead(200, { "content-type": "application/json" });
        return res.end('{"requestId":"r","callId":"1","scorecardId":12345678901234567891,"duration":42}');
      }
      const cursor = new URL(req.url ?? "/", "http://x").searchParams.get("cursor");
      const records = { totalRecords: 2, currentPageSize: 1, currentPageNumber: cursor ? 1 : 0 };
      json(res, 200, {
        requestId: "r",
        records: cursor ? records : { ...records, cursor: "c/2" },
        users: [{ id: cursor ? "2" : "1" }],
      });
    });
    const { runtime } = createClientCore<paths>({
      auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
      baseUrl: server.url,
      rateLimit: false,
    });
    const resources = createResources(runtime);
    const ids: unknown[] = [];
    for await (const user of resources.users.list()) ids.push(user.id);
    expect(ids).toEqual(["1", "2"]);
    const created = await resources.calls.create({ clientUniqueId: "c1" });
    expect(created).toEqual({
      requestId: "r",
      callId: "1",
      scorecardId: "12345678901234567891",
      duration: 42,
    });
  });

  it("a success with no body resolves undefined; a `*/*` body that is not JSON comes back as text", async () => {
    server = await startServer((req, res) => {
      if (req.method === "DELETE") return res.writeHead(200).end("ignored");
      res.writeHead(200, { "content-type": "text/plain" }).end("accepted");
    });
    const { runtime } = createClientCore<paths>({
      auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
      baseUrl: server.url,
      rateLimit: false,
    });
    const none = operation(runtime, "DELETE", "/v2/x", [], "none", "none", { result: "none" });
    const any = operation(runtime, "PUT", "/v2/y", [], "none", "none", { result: "any" });
    await expect(none()).resolves.toBeUndefined();
    await expect(any()).resolves.toBe("accepted");
  });
});
