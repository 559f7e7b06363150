// The Gong-like server answers as the scenario expects, and CORS as a proxy in front of Gong should.
import { afterEach, describe, expect, it } from "vitest";
import { SCENARIO } from "../scenario/fixtures.ts";
import {
  CORS_ALLOWED_HEADERS,
  type GongServer,
  NO_CORS_PREFIX,
  startGongServer,
} from "../src/gong-server.ts";

let server: GongServer;
afterEach(() => server?.close());

const basic = `Basic ${btoa(`${SCENARIO.accessKey}:${SCENARIO.accessKeySecret}`)}`;
const get = (path: string, headers: Record<string, string> = { authorization: basic }) =>
  fetch(`${server.baseUrl}${path}`, { headers });

describe("the Gong-like server", () => {
  it("refuses a request without the scenario's credentials", async () => {
    server = await startGongServer();
    expect((await get(`/v2/users/${SCENARIO.userId}`, {})).status).toBe(401);
    expect((await get(`/v2/users/${SCENARIO.userId}`, { authorization: "Bearer wrong" })).status).toBe(401);
  });

  it("answers 429 with Retry-After: 1 once per id, then 200", async () => {
    server = await startGongServer();
    const first = await get(`/v2/users/${SCENARIO.rateLimitedId}`);
    expect([first.status, first.headers.get("retry-after")]).toEqual([429, "1"]);
    expect((await get(`/v2/users/${SCENARIO.rateLimitedId}`)).status).toBe(200);
  });

  it("pages GET /v2/users by cursor, the last page without one", async () => {
    server = await startGongServer();
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const body = await (await get(`/v2/users${cursor ? `?cursor=${cursor}` : ""}`)).json();
      ids.push(...body.users.map((user: { id: string }) => user.id));
      cursor = body.records.cursor;
    } while (cursor);
    expect(ids).toEqual(SCENARIO.pages.flat());
  });

  it("answers a preflight allowing Authorization and exposing Retry-After, except under /no-cors", async () => {
    server = await startGongServer();
    const preflight = (path: string) =>
      fetch(`${server.baseUrl}${path}`, {
        method: "OPTIONS",
        headers: { origin: "http://localhost:1", "access-control-request-headers": "authorization" },
      });
    const allowed = await preflight("/v2/users/1");
    expect(allowed.headers.get("access-control-allow-origin")).toBe("http://localhost:1");
    expect(allowed.headers.get("access-control-allow-headers")).toBe(CORS_ALLOWED_HEADERS);
    expect(allowed.headers.get("access-control-expose-headers")).toContain("retry-after");
    const refused = await preflight(`${NO_CORS_PREFIX}/v2/users/1`);
    expect(refused.headers.get("access-control-allow-origin")).toBeNull();
    expect(server.requests.map(({ method }) => method)).toEqual(["OPTIONS", "OPTIONS"]);
  });
});
