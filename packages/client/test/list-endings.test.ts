// Lists that end the way Gong ends them, against a real local server: an empty window is a 404 that the
// iteration reads as zero items, an expired cursor is a typed error that says how far the listing got,
// and the AI operations' 402 has an error of its own.
import { describe, expect, it } from "vitest";
import {
  GongBadRequestError,
  GongCreditsExhaustedError,
  GongCursorExpiredError,
  GongNotFoundError,
} from "../src/index.ts";
import { testClient } from "./helpers/client.ts";
import { json, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();
const NO_CALLS = { requestId: "r404", errors: ["No calls found corresponding to the provided filters"] };
const window = { fromDateTime: "2026-01-01T00:00:00Z", toDateTime: "2026-01-02T00:00:00Z" };

function callsPage(from: number, count: number, cursor?: string) {
  return {
    requestId: `r${from}`,
    records: {
      totalRecords: 100,
      currentPageSize: count,
      currentPageNumber: from,
      ...(cursor ? { cursor } : {}),
    },
    calls: Array.from({ length: count }, (_, i) => ({ id: String(1000 + from + i) })),
  };
}

describe("Gong's 404 for an empty list", () => {
  it("ends for await and .pages() with zero items, after one request each", async () => {
    const server = await serve((_req, res) => json(res, 404, NO_CALLS));
    const gong = testClient(server.url);
    const items: unknown[] = [];
    for await (const call of gong.calls.list(window)) items.push(call);
    const pages: unknown[] = [];
    for await (const page of gong.calls.list(window).pages()) pages.push(page);
    const byFilter: unknown[] = [];
    for await (const call of gong.calls.listByFilter({ filter: window })) byFilter.push(call);
    expect([items, pages, byFilter]).toEqual([[], [], []]);
    expect(server.requests).toHaveLength(3);
  });

  it("awaiting the first page still rejects, with GongNotFoundError saying what it means", async () => {
    const server = await serve((_req, res) => json(res, 404, NO_CALLS));
    const error = await testClient(server.url)
      .calls.list(window)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongNotFoundError);
    expect(error).toMatchObject({ status: 404, nothingMatches: true, errors: NO_CALLS.errors });
    expect((error as Error).message).toBe(
      "Gong API error 404 (requestId r404): No calls found corresponding to the provided filters. This 404 means nothing matches the filter (an empty list; a key without access to those records gets the same answer): iterating the list ends with zero items",
    );
  });

  it("an empty later page (a window that emptied while paging) ends the iteration after what was read", async () => {
    const server = await serve((req, res) =>
      req.url?.includes("cursor=") ? json(res, 404, NO_CALLS) : json(res, 200, callsPage(0, 2, "c1")),
    );
    const ids: unknown[] = [];
    for await (const call of testClient(server.url).calls.list(window)) ids.push(call.id);
    expect(ids).toEqual(["1000", "1001"]);
  });

  it("any other 404 still throws, in iteration too", async () => {
    const server = await serve((_req, res) =>
      json(res, 404, { requestId: "r", errors: ["Workspace not found"] }),
    );
    const iterate = async () => {
      for await (const _ of testClient(server.url).calls.list(window)) {
        // nothing
      }
    };
    const error = await iterate().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongNotFoundError);
    expect((error as GongNotFoundError).nothingMatches).toBe(false);
    expect((error as Error).message).not.toContain("nothing matches");
  });
});

describe("Gong's expired cursor", () => {
  it("is GongCursorExpiredError, carrying the pages and items read, and is not retried", async () => {
    const server = await serve((req, res) => {
      const cursor = new URL(req.url ?? "/", "http://x").searchParams.get("cursor");
      if (cursor === null) return json(res, 200, callsPage(0, 3, "c1"));
      if (cursor === "c1") return json(res, 200, callsPage(3, 3, "c2"));
      json(res, 400, { requestId: "r400", errors: ["cursor has expired"] });
    });
    const ids: unknown[] = [];
    const error = await (async () => {
      for await (const call of testClient(server.url, { maxRetries: 3 }).calls.list(window))
        ids.push(call.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongCursorExpiredError);
    expect(error).toBeInstanceOf(GongBadRequestError);
    expect(error).toMatchObject({ pagesRead: 2, itemsRead: 6, status: 400 });
    expect((error as Error).message).toContain("cursor has expired. Gong's cursors expire about an hour");
    expect(JSON.parse(JSON.stringify(error))).toMatchObject({ pagesRead: 2, itemsRead: 6 });
    expect(ids).toHaveLength(6);
    // The expired cursor was sent once: 400 is never retried.
    expect(server.requests).toHaveLength(3);
  });

  it("other 400s stay GongBadRequestError", async () => {
    const server = await serve((_req, res) =>
      json(res, 400, { requestId: "r", errors: ["fromDateTime is invalid"] }),
    );
    const error = await testClient(server.url)
      .calls.list(window)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongBadRequestError);
    expect(error).not.toBeInstanceOf(GongCursorExpiredError);
  });
});

describe("402 from the AI operations", () => {
  it("is GongCreditsExhaustedError, never retried", async () => {
    const server = await serve((_req, res) =>
      json(res, 402, { requestId: "r402", errors: ["Payment Required"] }),
    );
    const error = await testClient(server.url, { maxRetries: 3 })
      .entities.ask({
        workspaceId: "1237998047883638",
        crmEntityType: "Account",
        crmEntityId: "0013601230sV7grAAC",
        timePeriod: "LAST_90_DAYS",
        question: "What are the open risks?",
      } as never)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongCreditsExhaustedError);
    expect((error as Error).message).toContain("The company's Gong credits for AI operations are spent");
    expect(server.requests).toHaveLength(1);
  });
});
