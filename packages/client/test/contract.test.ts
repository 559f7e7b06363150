// Contract tests: the client against Prism serving our bundled spec. Prism validates every request
// the client sends against the spec and reports problems in `sl-violations`; there must be none.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { type RunningPrism, startPrism } from "@gongkit/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
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

describe("against Prism serving the spec", () => {
  it("users.get returns the spec's 200 example", async () => {
    const body = await client().users.get(USER_ID);
    expect(body.requestId).toBe("4al018gzaztcr8nbukw");
    expect(body.user).toMatchObject({ id: USER_ID, firstName: "Jon", lastName: "Snow", active: true });
  });

  it("gong.GET returns the same body", async () => {
    const { data, response } = await client().GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
    expect(response.status).toBe(200);
    expect(data?.user?.emailAddress).toBe("test@test.com");
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

  it("Prism saw no request violation in any call above", () => {
    expect(requestViolations).toEqual([]);
  });

  it("the recording works: a request Prism finds invalid is reported", async () => {
    const before = requestViolations.length;
    await client().GET("/v2/users/{id}", { params: { path: { id: "not-digits" } } });
    expect(requestViolations.length).toBeGreaterThan(before);
    requestViolations.length = before;
  });

  it("the README's example prints a user from the mock", async () => {
    const example = fileURLToPath(new URL("../../../examples/get-user/index.ts", import.meta.url));
    const { stdout } = await promisify(execFile)(process.execPath, [example], {
      env: { ...process.env, GONG_BASE_URL: prism.url },
      timeout: 30_000,
    });
    expect(stdout).toContain("Jon Snow");
    expect(stdout).toContain(USER_ID);
  });
});
