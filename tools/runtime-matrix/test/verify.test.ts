// The checks made on what reached the server fail when they should.
import { describe, expect, it } from "vitest";
import { SCENARIO } from "../scenario/fixtures.ts";
import type { LoggedRequest } from "../src/gong-server.ts";
import type { RuntimeRun } from "../src/runtimes.ts";
import { credentialCheck, headerCheck } from "../src/verify.ts";

const ours = { "x-gongkit-client": "@gongkit/client/1.2.3", "user-agent": "@gongkit/client/1.2.3" };
const get = (headers: LoggedRequest["headers"], url = "/v2/users/1"): LoggedRequest => ({
  method: "GET",
  url,
  headers: { authorization: "Basic x", accept: "application/json", ...headers },
});
const origin = "http://localhost:1";
const refusedPreflight = { method: "OPTIONS", url: "/no-cors/v2/users/1", headers: {} };
const preflight = (asked: string) => ({
  method: "OPTIONS",
  url: "/v2/users/1",
  headers: { "access-control-request-headers": asked },
});

describe("headerCheck", () => {
  it("outside browsers: x-gongkit-client and User-Agent name the client", () => {
    expect(headerCheck({ kind: "server", results: [], output: "" }, [get(ours)]).ok).toBe(true);
    expect(headerCheck({ kind: "server", results: [], output: "" }, [get({})]).ok).toBe(false);
  });

  it("from a page: no header of ours, a preflight for authorization alone, a refusal asked once", () => {
    const run: RuntimeRun = { kind: "browser", results: [], output: "", origin };
    const page = [preflight("authorization"), get({ origin }), refusedPreflight];
    expect(headerCheck(run, page)).toMatchObject({ ok: true });
    expect(
      headerCheck(run, [preflight("authorization,x-gongkit-client"), get({ origin }), refusedPreflight]).ok,
    ).toBe(false);
    expect(headerCheck(run, [...page, get({ origin, ...ours })]).ok).toBe(false);
    expect(headerCheck(run, [...page, refusedPreflight]).ok).toBe(false);
  });
});

describe("credentialCheck", () => {
  it("fails on a secret in a URL or in the output", () => {
    expect(credentialCheck([get({})], "ok").ok).toBe(true);
    expect(credentialCheck([get({}, `/v2/users?token=${SCENARIO.bearerToken}`)], "").ok).toBe(false);
    expect(credentialCheck([], `Error: ${SCENARIO.accessKeySecret}`).ok).toBe(false);
  });
});
