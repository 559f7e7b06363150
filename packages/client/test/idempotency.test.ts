// Retries that cannot duplicate a write: a POST the spec does not mark idempotent (POST /v2/calls
// creates a call) is sent once after a timeout, a reset or a 5xx; a read-only POST and the other
// methods are retried; every operation is retried after a 429 or a refused connection.
import { once } from "node:events";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { describe, expect, it } from "vitest";
import { GongConnectionError, GongServerError, GongTimeoutError } from "../src/index.ts";
import { testClient } from "./helpers/client.ts";
import { gongError, json, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();
type NewCall = Parameters<ReturnType<typeof testClient>["calls"]["create"]>[0];
const newCall = {
  clientUniqueId: "c-1",
  actualStart: "2024-01-01T10:00:00Z",
  parties: [],
} as unknown as NewCall;
const created = { requestId: "r", callId: "7782342274025937" };
const filter = { filter: { userIds: ["1"] } };
const page = {
  requestId: "r",
  records: { totalRecords: 0, currentPageSize: 0, currentPageNumber: 0 },
  users: [],
};

describe("a POST that is not idempotent (calls.create)", () => {
  it("is sent exactly once on a timeout, and its error says it may have been processed", async () => {
    const server = await serve(() => {}); // never answers
    // Long enough for the request to reach the server on a loaded machine before the timeout fires.
    const error = await testClient(server.url, { timeoutMs: 2_000, maxRetries: 3 })
      .calls.create(newCall)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongTimeoutError);
    expect((error as Error).message).toBe(
      "Gong did not answer within 2000 ms; the request may have been processed, so it was not sent again (the operation is not idempotent)",
    );
    expect(server.requests).toHaveLength(1);
  });

  it("is sent exactly once on a 500", async () => {
    const server = await serve((_req, res) => gongError(res, 500, { "retry-after": "0" }));
    const error = await testClient(server.url, { maxRetries: 3 })
      .calls.create(newCall)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongServerError);
    expect(server.requests).toHaveLength(1);
  });

  it("is sent exactly once when the connection is reset after it was sent", async () => {
    const server = await serve((req) => req.socket.destroy());
    const error = await testClient(server.url, { maxRetries: 3 })
      .calls.create(newCall)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongConnectionError);
    expect((error as Error).message).toContain("may have been processed");
    expect(server.requests).toHaveLength(1);
  });

  it("is retried after a 429: Gong did not process it", async () => {
    const server = await serve((_req, res, i) =>
      i === 0 ? gongError(res, 429, { "retry-after": "0" }) : json(res, 200, created),
    );
    await expect(testClient(server.url).calls.create(newCall)).resolves.toEqual(created);
    expect(server.requests).toHaveLength(2);
  });

  it("is retried when the connection was refused before anything was sent", async () => {
    // A port with nothing listening; a server starts there during the client's backoff.
    const probe = createServer();
    probe.listen(0, "127.0.0.1");
    await once(probe, "listening");
    const { port } = probe.address() as AddressInfo;
    probe.close();
    await once(probe, "close");
    const gong = testClient(`http://127.0.0.1:${port}`, { maxRetries: 2 });
    const call = gong.calls.create(newCall);
    await new Promise((resolve) => setTimeout(resolve, 100));
    let received = 0;
    const late = createServer((_req, res) => {
      received++;
      json(res, 200, created);
    });
    late.listen(port, "127.0.0.1");
    await once(late, "listening");
    try {
      await expect(call).resolves.toEqual(created);
      expect(received).toBe(1);
    } finally {
      late.closeAllConnections();
      late.close();
    }
  });

  it("gong.POST to it follows the same rule: sent once on a 500", async () => {
    const server = await serve((_req, res) => gongError(res, 500, { "retry-after": "0" }));
    const { response } = await testClient(server.url, { maxRetries: 3 }).POST("/v2/calls", { body: newCall });
    expect(response.status).toBe(500);
    expect(server.requests).toHaveLength(1);
  });
});

describe("a POST the spec marks idempotent (users.listByFilter only reads)", () => {
  it("is retried after a 500, sending the same body", async () => {
    const bodies: string[] = [];
    const server = await serve(async (req, res, i) => {
      let text = "";
      for await (const chunk of req) text += chunk;
      bodies.push(text);
      if (i === 0) gongError(res, 500, { "retry-after": "0" });
      else json(res, 200, page);
    });
    await testClient(server.url).users.listByFilter(filter);
    expect(server.requests).toHaveLength(2);
    expect(bodies.map((b) => JSON.parse(b))).toEqual([filter, filter]);
  });

  it("is retried after a timeout", async () => {
    const server = await serve((_req, res, i) => {
      if (i > 0) json(res, 200, page);
    });
    await testClient(server.url, { timeoutMs: 150 }).users.listByFilter(filter);
    // The first arrival was never answered: only a retry after its timeout can have succeeded. (On busy
    // cores an attempt can time out before it arrives, so there may be a third.)
    expect(server.requests.length).toBeGreaterThanOrEqual(2);
  });

  it("gong.POST to it is retried too", async () => {
    const server = await serve((_req, res, i) =>
      i === 0 ? gongError(res, 503, { "retry-after": "0" }) : json(res, 200, page),
    );
    const { data } = await testClient(server.url).POST("/v2/users/extensive", { body: filter });
    expect(data).toEqual(page);
    expect(server.requests).toHaveLength(2);
  });
});

describe("idempotent methods", () => {
  it("a PUT is retried after a 500 (HTTP: PUT is idempotent)", async () => {
    const server = await serve((_req, res, i) =>
      i === 0 ? gongError(res, 500, { "retry-after": "0" }) : json(res, 200, { requestId: "r" }),
    );
    const gong = testClient(server.url);
    await gong.engagement.reportContentViewed(
      {} as Parameters<typeof gong.engagement.reportContentViewed>[0],
    );
    expect(server.requests.map((r) => r.method)).toEqual(["PUT", "PUT"]);
  });
});
