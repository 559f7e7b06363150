// Jobs that Gong finishes after answering: the two generated pollers against a local server whose job
// moves through its statuses one poll at a time.
import { describe, expect, expectTypeOf, it } from "vitest";
import {
  GongAbortError,
  GongInvalidArgumentError,
  GongJobFailedError,
  GongJobTimeoutError,
} from "../src/index.ts";
import { testClient } from "./helpers/client.ts";
import { json, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();
const fast = { intervalMs: 5, maxIntervalMs: 20 };

/** A job answered with `statuses[i]` on the i-th poll (the last one from then on). */
function job(statuses: string[], body: (status: string) => object) {
  return serve((_req, res, index) => {
    const status = statuses[Math.min(index, statuses.length - 1)]!;
    json(res, 200, { requestId: `r${index}`, ...body(status) });
  });
}

describe("gong.crm.waitForRequest", () => {
  const crm = (status: string) => ({
    status,
    ...(status === "FAILED" && {
      errors: [{ line: 49, description: "Mandatory field [objectId] is missing or empty" }],
      totalErrorCount: 1,
      totalSuccessCount: 99,
    }),
  });

  it("polls through PENDING and IN_PROGRESS to DONE, with the request's ids, and resolves with the last body", async () => {
    const server = await job(["PENDING", "IN_PROGRESS", "IN_PROGRESS", "DONE"], crm);
    const polled: unknown[] = [];
    const done = await testClient(server.url).crm.waitForRequest("sync-1", {
      integrationId: "6286478263646",
      ...fast,
      onPoll: (body) => polled.push((body as { status: string }).status),
    });
    expect(done).toEqual({ requestId: "r3", status: "DONE" });
    expect(polled).toEqual(["PENDING", "IN_PROGRESS", "IN_PROGRESS", "DONE"]);
    expect(server.requests).toHaveLength(4);
    for (const { method, url } of server.requests) {
      expect(`${method} ${url}`).toBe(
        "GET /v2/crm/request-status?integrationId=6286478263646&clientRequestId=sync-1",
      );
    }
  });

  it("rejects on FAILED with GongJobFailedError carrying the body and its line errors", async () => {
    const server = await job(["PENDING", "FAILED"], crm);
    const error = await testClient(server.url)
      .crm.waitForRequest("sync-2", { integrationId: "6286478263646", ...fast })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongJobFailedError);
    expect((error as GongJobFailedError).result).toEqual({ requestId: "r1", ...crm("FAILED") });
    expect((error as Error).message).toBe(
      'GET /v2/crm/request-status "sync-2": the job ended FAILED; its body is the error\'s result',
    );
  });

  it("the intervals grow from intervalMs by half each time, up to maxIntervalMs", async () => {
    const server = await job(["PENDING", "PENDING", "PENDING", "PENDING", "PENDING", "DONE"], crm);
    await testClient(server.url).crm.waitForRequest("sync-3", {
      integrationId: "1",
      intervalMs: 40,
      maxIntervalMs: 100,
    });
    const gaps = server.requests.slice(1).map((r, i) => r.at - server.requests[i]!.at);
    // 40, 60, 90, 100, 100 ms asked for: each gap at least that long (timers never fire early).
    for (const [i, least] of [40, 60, 90, 100, 100].entries())
      expect(gaps[i]).toBeGreaterThanOrEqual(least - 2);
  });

  it("gives up after timeoutMs with GongJobTimeoutError and the last body", async () => {
    const server = await job(["PENDING"], crm);
    const error = await testClient(server.url)
      .crm.waitForRequest("sync-4", {
        integrationId: "1",
        timeoutMs: 2_000,
        intervalMs: 20,
        maxIntervalMs: 20,
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongJobTimeoutError);
    expect(error).toMatchObject({ timeoutMs: 2_000, result: { status: "PENDING" } });
    expect((error as Error).message).toBe('GET /v2/crm/request-status "sync-4": still PENDING after 2000 ms');
  });

  it("stops at the caller's abort, between polls", async () => {
    const server = await job(["PENDING"], crm);
    const controller = new AbortController();
    const error = await testClient(server.url)
      .crm.waitForRequest("sync-5", {
        integrationId: "1",
        signal: controller.signal,
        intervalMs: 60_000,
        onPoll: () => queueMicrotask(() => controller.abort()),
      })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongAbortError);
    expect(server.requests).toHaveLength(1);
  });

  it("each poll goes through the client's rate limiter", async () => {
    const server = await job(["PENDING", "PENDING", "PENDING", "DONE"], crm);
    // 1 request per second: four polls 5 ms apart cannot all start within 3 s.
    const started = performance.now();
    await testClient(server.url, { rateLimit: { requestsPerSecond: 1 } }).crm.waitForRequest("sync-6", {
      integrationId: "1",
      ...fast,
    });
    expect(server.requests).toHaveLength(4);
    expect(server.requests[3]!.at - server.requests[0]!.at).toBeGreaterThanOrEqual(3 * 1000 - 50);
    expect(performance.now() - started).toBeGreaterThanOrEqual(3 * 1000 - 50);
  });

  it("refuses bad options before polling", async () => {
    const server = await job(["DONE"], crm);
    const gong = testClient(server.url);
    await expect(gong.crm.waitForRequest("x", { integrationId: "1", intervalMs: 0 })).rejects.toThrow(
      GongInvalidArgumentError,
    );
    await expect(gong.crm.waitForRequest("x", { integrationId: "1", timeoutMs: -1 })).rejects.toThrow(
      "timeoutMs must be a number of milliseconds from 1 to 2147483647",
    );
    expect(server.requests).toHaveLength(0);
  });

  it("types: the id first, integrationId required in the options, the status body as the result", () => {
    const gong = testClient("http://127.0.0.1:9");
    expectTypeOf(gong.crm.waitForRequest).parameter(0).toEqualTypeOf<string>();
    // @ts-expect-error: integrationId is required
    void gong.crm.waitForRequest("x", { timeoutMs: 1 }).catch(() => {});
    expectTypeOf(gong.crm.waitForRequest("x", { integrationId: "1" })).resolves.toHaveProperty("status");
  });
});

describe("gong.flows.waitForBulkAssignment", () => {
  const bulk = (status: string) => ({
    id: "f47ac10b",
    status,
    totalCount: 2,
    processedCount: status === "PENDING" ? 0 : 2,
  });

  it("polls GET /v2/flows/prospects/bulk-assignments/{id} through PENDING to COMPLETED", async () => {
    const server = await job(["PENDING", "IN_PROGRESS", "COMPLETED"], bulk);
    const done = await testClient(server.url).flows.waitForBulkAssignment("f47ac10b", fast);
    expect(done).toMatchObject({ status: "COMPLETED", processedCount: 2 });
    expect(server.requests.map((r) => `${r.method} ${r.url}`)).toEqual(
      Array(3).fill("GET /v2/flows/prospects/bulk-assignments/f47ac10b"),
    );
  });

  it("rejects on FAILED with the body", async () => {
    const server = await job(["IN_PROGRESS", "FAILED"], bulk);
    const error = await testClient(server.url)
      .flows.waitForBulkAssignment("f47ac10b", fast)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongJobFailedError);
    expect((error as GongJobFailedError).result).toMatchObject({ status: "FAILED" });
  });
});
