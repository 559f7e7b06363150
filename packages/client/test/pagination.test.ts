// Paged methods against a real local server: cursors go back exactly, pages are asked for lazily, and
// a server that would make the listing loop ends it with a typed error instead.
import fc from "fast-check";
import { describe, expect, it } from "vitest";
import { GongAbortError, GongPaginationError, GongServerError } from "../src/index.ts";
import { testClient } from "./helpers/client.ts";
import { gongError, json, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();

/** A page of `users` with ids `from`..`from + count - 1`, and a cursor when `cursor` is given. */
function page(from: number, count: number, total: number, cursor?: string) {
  return {
    requestId: `r${from}`,
    records: {
      totalRecords: total,
      currentPageSize: count,
      currentPageNumber: from,
      ...(cursor ? { cursor } : {}),
    },
    users: Array.from({ length: count }, (_, i) => ({ id: String(from + i) })),
  };
}

/** Serves `total` users `size` at a time; the cursor of page n is `cursorOf(n)`. */
function pagedUsers(total: number, size: number, cursorOf = (n: number) => `p${n}`) {
  return serve((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    const cursor = url.searchParams.get("cursor");
    const n = cursor === null ? 0 : Array.from({ length: total }, (_, i) => cursorOf(i)).indexOf(cursor);
    if (n < 0) return gongError(res, 400);
    const from = n * size;
    const count = Math.max(0, Math.min(size, total - from));
    json(res, 200, page(from, count, total, from + size < total ? cursorOf(n + 1) : undefined));
  });
}

const ids = (users: { id?: string }[]) => users.map((u) => u.id);

describe("gong.users.list (cursor in the query)", () => {
  it("iterates three pages, sending cursors with + / = back exactly as received", async () => {
    const cursors = ["", "a+b/c==", "x/y+z="];
    const server = await pagedUsers(7, 3, (n) => cursors[n]!);
    const seen: (string | undefined)[] = [];
    for await (const user of testClient(server.url).users.list({ includeAvatars: true })) seen.push(user.id);
    expect(seen).toEqual(["0", "1", "2", "3", "4", "5", "6"]);
    const queries = server.requests.map((r) => new URL(r.url, "http://x").searchParams);
    expect(queries.map((q) => q.get("cursor"))).toEqual([null, "a+b/c==", "x/y+z="]);
    // The other inputs are sent unchanged with every page.
    expect(queries.map((q) => q.get("includeAvatars"))).toEqual(["true", "true", "true"]);
    // Encoded on the wire: a raw + would arrive as a space.
    expect(server.requests[1]!.url).toContain("cursor=a%2Bb%2Fc%3D%3D");
  });

  it("awaiting gives the first page's body; awaiting and iterating the same call sends it once", async () => {
    const server = await pagedUsers(4, 2);
    const call = testClient(server.url).users.list();
    const first = await call;
    expect(first.records?.cursor).toBe("p1");
    expect(ids(first.users ?? [])).toEqual(["0", "1"]);
    const all: (string | undefined)[] = [];
    for await (const user of call) all.push(user.id);
    expect(all).toEqual(["0", "1", "2", "3"]);
    expect(server.requests).toHaveLength(2);
  });

  it(".pages() yields whole bodies, one request per page", async () => {
    const server = await pagedUsers(5, 2);
    const bodies = [];
    for await (const body of testClient(server.url).users.list().pages()) bodies.push(body);
    expect(bodies.map((b) => b.records?.currentPageSize)).toEqual([2, 2, 1]);
    expect(bodies.map((b) => b.requestId)).toEqual(["r0", "r2", "r4"]);
    expect(bodies.at(-1)?.records?.cursor).toBeUndefined();
    expect(server.requests).toHaveLength(3);
  });

  it("break after 5 items sends no request for the next page", async () => {
    const server = await pagedUsers(100, 10);
    let taken = 0;
    for await (const _user of testClient(server.url).users.list()) if (++taken === 5) break;
    await new Promise((resolve) => setTimeout(resolve, 50));
    expect(taken).toBe(5);
    expect(server.requests).toHaveLength(1);
  });

  it("a page is requested only when the iteration reaches it", async () => {
    const server = await pagedUsers(6, 2);
    const iterator = testClient(server.url).users.list()[Symbol.asyncIterator]();
    await iterator.next();
    await iterator.next();
    expect(server.requests).toHaveLength(1);
    await iterator.next();
    expect(server.requests).toHaveLength(2);
    await iterator.return?.();
  });

  it("an empty cursor ends the iteration", async () => {
    const server = await serve((_req, res) => json(res, 200, page(0, 2, 2, "")));
    const all = [];
    for await (const user of testClient(server.url).users.list()) all.push(user);
    expect(all).toHaveLength(2);
    expect(server.requests).toHaveLength(1);
  });

  it("a repeated cursor ends the iteration with GongPaginationError after the items already yielded", async () => {
    const server = await serve((req, res) => {
      const cursor = new URL(req.url ?? "/", "http://x").searchParams.get("cursor");
      json(
        res,
        200,
        cursor === null ? page(0, 2, 9, "A") : cursor === "A" ? page(2, 2, 9, "B") : page(4, 2, 9, "A"),
      );
    });
    const seen: (string | undefined)[] = [];
    const error = await (async () => {
      for await (const user of testClient(server.url).users.list()) seen.push(user.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongPaginationError);
    expect((error as Error).name).toBe("GongPaginationError");
    expect((error as Error).message).toBe(
      "GET /v2/users: page 3 repeats the cursor of an earlier page; stopped rather than loop",
    );
    expect(seen).toEqual(["0", "1", "2", "3", "4", "5"]);
    expect(server.requests).toHaveLength(3);
  });

  it("a page with no items but a cursor ends the iteration with GongPaginationError", async () => {
    const server = await serve((_req, res, i) =>
      json(res, 200, i === 0 ? page(0, 1, 5, "A") : page(1, 0, 5, "B")),
    );
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const user of testClient(server.url).users.list()) seen.push(user);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongPaginationError);
    expect((error as Error).message).toContain("GET /v2/users: page 2 has no users but a cursor");
    expect(seen).toHaveLength(1);
    expect(server.requests).toHaveLength(2);
  });

  it("an error on page 2 rejects the iteration with the typed error after page 1's items", async () => {
    const server = await serve((_req, res, i) =>
      i === 0 ? json(res, 200, page(0, 3, 9, "A")) : gongError(res, 500),
    );
    const seen: (string | undefined)[] = [];
    const error = await (async () => {
      for await (const user of testClient(server.url, { maxRetries: 1 }).users.list()) seen.push(user.id);
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongServerError);
    expect((error as GongServerError).status).toBe(500);
    expect(seen).toEqual(["0", "1", "2"]);
    // Page 2 went through the retries like any call: 1 + 2 attempts.
    expect(server.requests).toHaveLength(3);
  });

  it("aborting mid-iteration rejects with GongAbortError and sends nothing more", async () => {
    const server = await pagedUsers(50, 5);
    const controller = new AbortController();
    const seen: unknown[] = [];
    const error = await (async () => {
      for await (const user of testClient(server.url).users.list(undefined, { signal: controller.signal })) {
        seen.push(user);
        if (seen.length === 7) controller.abort(new Error("enough"));
      }
    })().catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongAbortError);
    expect(((error as GongAbortError).cause as Error).message).toBe("enough");
    expect(seen).toHaveLength(10);
    expect(server.requests).toHaveLength(2);
  });

  it("a first page that fails rejects both the await and the iteration, and is not reported unhandled", async () => {
    const server = await serve((_req, res) => gongError(res, 500));
    const call = testClient(server.url, { maxRetries: 0 }).users.list();
    await expect(call).rejects.toBeInstanceOf(GongServerError);
    await expect(call.pages().next()).rejects.toBeInstanceOf(GongServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("for any total and page size: exactly totalRecords items, in order, with ceil(total / size) requests", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: 60 }),
        fc.integer({ min: 1, max: 25 }),
        async (total, size) => {
          const server = await pagedUsers(total, size);
          try {
            const seen: (string | undefined)[] = [];
            for await (const user of testClient(server.url).users.list()) seen.push(user.id);
            expect(seen).toEqual(Array.from({ length: total }, (_, i) => String(i)));
            expect(server.requests).toHaveLength(Math.max(1, Math.ceil(total / size)));
          } finally {
            await server.close();
          }
        },
      ),
      { numRuns: 40 },
    );
  });
});

describe("gong.users.listByFilter (cursor in the body)", () => {
  it("sends the cursor beside the same filter, every other input unchanged", async () => {
    const sent: unknown[] = [];
    const server = await serve(async (req, res, i) => {
      let text = "";
      for await (const chunk of req) text += chunk;
      sent.push(JSON.parse(text));
      json(res, 200, i === 0 ? page(0, 2, 3, "n/+=") : page(2, 1, 3));
    });
    const filter = { userIds: ["1", "2", "3"], createdFromDateTime: "2024-01-01T00:00:00Z" };
    const seen: (string | undefined)[] = [];
    for await (const user of testClient(server.url).users.listByFilter({ filter })) seen.push(user.id);
    expect(seen).toEqual(["0", "1", "2"]);
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual([
      "POST /v2/users/extensive",
      "POST /v2/users/extensive",
    ]);
    expect(sent).toEqual([{ filter }, { filter, cursor: "n/+=" }]);
  });
});
