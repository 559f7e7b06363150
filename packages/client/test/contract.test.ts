// Contract tests: the client against Prism serving our bundled spec. Prism validates every request
// the client sends against the spec and reports problems in `sl-violations`; there must be none.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningPrism, startPrism } from "@gongkit/mock-server";
import { afterAll, afterEach, beforeAll, describe, expect, it } from "vitest";
import {
  type GongApiError,
  GongAuthenticationError,
  GongBadRequestError,
  type GongClientOptions,
  GongNotFoundError,
  GongRateLimitError,
  GongServerError,
} from "../src/index.ts";
import { testClient, USER_ID } from "./helpers/client.ts";
import { USER_EXAMPLE } from "./helpers/spec.ts";

let prism: RunningPrism;
const requestViolations: string[] = [];

/** A fetch that records Prism's verdict on each request the client sends. */
const violationRecordingFetch: typeof fetch = async (input, init) => {
  const response = await fetch(input, init);
  const header = response.headers.get("sl-violations");
  if (header !== null) {
    for (const violation of JSON.parse(header) as { location: string[]; message: string }[]) {
      // Prism 5.16 also reports its own 429 example as missing the (case-differing) Retry-After header: a response issue.
      if (violation.location[0] === "request") requestViolations.push(violation.message);
    }
  }
  return response;
};

function client(options: Partial<GongClientOptions> = {}) {
  return testClient(prism.url, { fetch: violationRecordingFetch, maxRetries: 0, ...options });
}

beforeAll(async () => {
  prism = await startPrism();
});
afterAll(async () => {
  await prism?.stop();
});
// Each test answers for its own requests, whatever order the tests run in (or if run alone).
afterEach(() => {
  expect(requestViolations.splice(0), "Prism's request violations").toEqual([]);
});

describe("against Prism serving the spec", () => {
  it("users.get returns the spec's 200 example", async () => {
    expect(await client().users.get(USER_ID)).toEqual(USER_EXAMPLE);
  });

  it("gong.GET returns the same body", async () => {
    const { data, response } = await client().GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
    expect(response.status).toBe(200);
    expect(data).toEqual(USER_EXAMPLE);
  });

  it("OAuth: a bearer token passes Prism's security check too", async () => {
    const body = await client({ auth: { bearerToken: "oauth-token" } }).users.get(USER_ID);
    expect(body.user?.id).toBe(USER_ID);
  });

  it.each([
    [400, GongBadRequestError],
    [401, GongAuthenticationError],
    [404, GongNotFoundError],
    [429, GongRateLimitError],
    [500, GongServerError],
  ])("Prefer: code=%i gives %o with the spec's error body", async (status, type) => {
    const error = await client({ headers: { Prefer: `code=${status}` } })
      .users.get(USER_ID)
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(type);
    expect((error as GongApiError).status).toBe(status);
    expect((error as GongApiError).requestId).toBeTypeOf("string");
    expect((error as GongApiError).errors.length).toBeGreaterThan(0);
  });

  it("the recording works: a request Prism finds invalid is reported", async () => {
    await client().GET("/v2/users/{id}", { params: { path: { id: "not-digits" } } });
    // Taken out here, so the check after each test sees none.
    expect(requestViolations.splice(0).length).toBeGreaterThan(0);
  });

  it("the README's example prints a user from the mock", async () => {
    const example = fileURLToPath(new URL("../../../examples/get-user/index.ts", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [example], {
      env: { ...process.env, GONG_BASE_URL: prism.url },
      timeout: 30_000,
    });
    expect(stdout).toContain(`${USER_EXAMPLE.user.firstName} ${USER_EXAMPLE.user.lastName}`);
    expect(stdout).toContain(USER_ID);
  });
});
