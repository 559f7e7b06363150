// A generated method's last argument, `{ signal, timeoutMs, maxRetries }`, takes effect wherever it
// comes: after the path parameters, after a body, after a query. Run on the generator's fixture
// output (operations with a body and a query), bound to this package's core, against local servers.
import { describe, expect, it } from "vitest";
import type { paths } from "../../../tools/client-codegen/test/fixtures/generated/openapi.ts";
import { createResources } from "../../../tools/client-codegen/test/fixtures/generated/resources.ts";
import { createClientCore } from "../src/client.ts";
import { GongAbortError, GongServerError, GongTimeoutError } from "../src/index.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, USER_ID } from "./helpers/client.ts";
import { withGrowingTimeoutOn } from "./helpers/growing-timeout.ts";
import { gongError, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();

function resources(baseUrl: string) {
  const { runtime } = createClientCore<paths>({
    auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
    baseUrl,
    rateLimit: false,
    // Defaults the options below must override: a minute's timeout, two retries.
    timeoutMs: 60_000,
    maxRetries: 2,
  });
  return createResources(runtime);
}

/** Settles with the call's error, or "not settled" after `ms` (the client's own 60 s would run on). */
function within(ms: number, call: Promise<unknown>): Promise<unknown> {
  return Promise.race([
    call.then(
      () => "resolved",
      (e: unknown) => e,
    ),
    new Promise((resolve) => setTimeout(resolve, ms, "not settled")),
  ]);
}

const MEETING = {
  title: "t",
  startTime: "2026-12-02T10:00:00Z",
  endTime: "2026-12-02T10:30:00Z",
  invitees: [],
};

describe("options after a query", () => {
  it("meetings.update(id, body, query, { timeoutMs, maxRetries })", async () => {
    // A server that never answers.
    await withGrowingTimeoutOn(
      () => {},
      async (timeoutMs, { url, requests }) => {
        const error = await within(
          30_000,
          resources(url).meetings.update("1", MEETING, { notify: false }, { timeoutMs, maxRetries: 0 }),
        );
        expect(error).toBeInstanceOf(GongTimeoutError);
        expect((error as GongTimeoutError).timeoutMs).toBe(timeoutMs);
        // maxRetries 0: never a second request.
        expect(requests.length).toBeLessThanOrEqual(1);
        return requests.length === 1;
      },
    );
  });

  it("users.list(query, { maxRetries }) and users.list(undefined, { signal })", async () => {
    const { requests, url } = await serve((_req, res) => gongError(res, 503, { "retry-after": "0" }));
    const gong = resources(url);
    await expect(gong.users.list({ cursor: "c" }, { maxRetries: 0 })).rejects.toThrow(GongServerError);
    expect(requests).toHaveLength(1);
    await expect(gong.users.list(undefined, { signal: AbortSignal.abort() })).rejects.toThrow(GongAbortError);
    expect(requests).toHaveLength(1);
  });
});

describe("options after a body", () => {
  it("users.extensive(body, { maxRetries: 0 }) sends once", async () => {
    const { requests, url } = await serve((_req, res) => gongError(res, 503, { "retry-after": "0" }));
    await expect(
      resources(url).users.extensive({ filter: { userIds: [USER_ID] } }, { maxRetries: 0 }),
    ).rejects.toThrow(GongServerError);
    expect(requests).toHaveLength(1);
  });

  it("users.extensive(undefined, { timeoutMs })", async () => {
    const { url } = await serve(() => {});
    const error = await within(
      10_000,
      resources(url).users.extensive(undefined, { timeoutMs: 100, maxRetries: 0 }),
    );
    expect((error as GongTimeoutError).timeoutMs).toBe(100);
  });
});

describe("options after path parameters only", () => {
  it("users.settingsHistory(id, { maxRetries: 1 }) tries twice", async () => {
    const { requests, url } = await serve((_req, res) => gongError(res, 503, { "retry-after": "0" }));
    await expect(resources(url).users.settingsHistory(USER_ID, { maxRetries: 1 })).rejects.toThrow(
      GongServerError,
    );
    expect(requests).toHaveLength(2);
  });
});
