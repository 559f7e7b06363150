// The generator's fixture output (tools/client-codegen/test/fixtures), bound to this package's real
// core and run against a local server: the new operations work with no hand-written code.
import { afterEach, describe, expect, it } from "vitest";
import type { paths } from "../../../tools/client-codegen/test/fixtures/generated/openapi.ts";
import { createResources } from "../../../tools/client-codegen/test/fixtures/generated/resources.ts";
import { createClientCore } from "../src/client.ts";
import { GongInvalidArgumentError, GongNotFoundError } from "../src/index.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, USER_ID } from "./helpers/client.ts";
import { gongError, json, type ScriptedServer, startServer } from "./helpers/scripted-server.ts";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

async function fixtureClient() {
  server = await startServer((req, res) => {
    if (req.url?.startsWith("/v2/users/404")) return gongError(res, 404);
    const url = new URL(req.url ?? "/", "http://x");
    json(res, 200, { requestId: "r", path: url.pathname, query: Object.fromEntries(url.searchParams) });
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
});
