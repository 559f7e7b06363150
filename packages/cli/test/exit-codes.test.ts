// Every exit code of `gong`, and its error report: on a non-TTY stderr, one JSON object with name, message and
// exitCode. 0 ok, 1 an API error, 2 usage, 3 credentials, 4 not found, 5 rate-limited after retries.
import type { GongSimulator } from "@gongkit/mock-server/simulator";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ACCESS_KEY,
  ACCESS_KEY_SECRET,
  credentialsEnv,
  type GongRun,
  gong,
  stderrError,
} from "./support/run-gong.ts";
import { simulator } from "./support/simulator.ts";
import { startTestServer } from "./support/test-server.ts";

let sim: GongSimulator;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await simulator({ calls: 10 });
  env = credentialsEnv(sim.url);
});

/** The run's exit code and error, after checking stdout is empty and stderr is one JSON object. */
function failed(run: GongRun, exitCode: number, name: string | RegExp) {
  expect(run.stdout).toBe("");
  const error = stderrError(run);
  expect(run.code).toBe(exitCode);
  expect(error.exitCode).toBe(exitCode);
  expect(error.name).toMatch(name);
  expect(error.message).toEqual(expect.any(String));
  expect(run.stderr).not.toContain(ACCESS_KEY_SECRET);
  return error;
}

/** Arrivals at the simulator while `run` runs. */
async function arrivalsDuring(run: () => Promise<GongRun>): Promise<[GongRun, number]> {
  const before = sim.arrivals.length;
  const result = await run();
  return [result, sim.arrivals.length - before];
}

describe("exit code 0", () => {
  it("a command that succeeds", async () => {
    const run = await gong(["users", "get", sim.users[0]!.id], { env });
    expect(run.code).toBe(0);
    expect(run.stderr).toBe("");
    expect(JSON.parse(run.stdout).user.id).toBe(sim.users[0]!.id);
    expect((await gong(["--version"])).code).toBe(0);
  });
});

describe("exit code 1: an API error", () => {
  it("a 500 from Gong, after the client's retries", async () => {
    const server = await startTestServer(() => ({
      status: 500,
      body: { requestId: "4al018gzaztcr8nbukw", errors: ["Internal error"] },
    }));
    const run = await gong(["users", "get", "8000000000000000001"], { env: credentialsEnv(server.url) });
    const error = failed(run, 1, "GongServerError");
    expect(error).toMatchObject({
      status: 500,
      requestId: "4al018gzaztcr8nbukw",
      errors: ["Internal error"],
    });
    expect(server.requests).toHaveLength(3); // the first attempt and 2 retries
  });
});

describe("exit code 2: a command line that cannot run", () => {
  it.each([
    ["an unknown command", ["nope", "list"], /no command "nope"/],
    ["an unknown command of a resource", ["users", "delete"], /gong users has no command "delete"/],
    ["an unknown flag", ["users", "list", "--no-such-flag"], /no-such-flag/],
    ["a bad --limit", ["users", "list", "--limit", "x"], /--limit must be a whole number/],
    ["an id that is not digits", ["users", "get", "12a"], /12a/],
    ["a missing argument", ["users", "get"], /takes <id>/],
    [
      "an enum value not allowed",
      ["crm", "list-schema-fields", "--integration-id", "6286478263646", "--object-type", "OPPORTUNITY"],
      /must be one of ACCOUNT, .*OPPORTUNITY/,
    ],
    [
      "a 64-bit integer flag that is not one",
      ["crm", "list-schema-fields", "--integration-id", "62864e8", "--object-type", "DEAL"],
      /--integration-id must be a 64-bit integer/,
    ],
    [
      "a number flag that is not one",
      ["calls", "create", "--duration", "long", "--body", "{}"],
      /--duration must be a number/,
    ],
    ["a --body that is not JSON", ["users", "list-by-filter", "--body", "{nope"], /--body is not JSON/],
    ["an unknown output format", ["users", "list", "-o", "yaml"], /json, jsonl or table/],
    [
      "a bad --timeout of gong export",
      ["export", "--out", "never-written", "--from", "2026-01-01", "--timeout", "soon"],
      /--timeout must be a whole number of at least 1; got "soon"/,
    ],
    [
      "a bad --max-retries of gong export",
      ["export", "--out", "never-written", "--from", "2026-01-01", "--max-retries", "1.5"],
      /--max-retries must be a whole number of at least 0; got "1.5"/,
    ],
  ])("%s", async (_, args, message) => {
    const [run, arrivals] = await arrivalsDuring(() => gong(args, { env }));
    const error = failed(run, 2, /UsageError|GongInvalidArgumentError/);
    expect(error.message).toMatch(message);
    expect(arrivals).toBe(0);
  });
});

describe("exit code 3: credentials", () => {
  it("none at all: the message says how to set them, and nothing is sent", async () => {
    const [run, arrivals] = await arrivalsDuring(() =>
      gong(["users", "list"], { env: { GONG_BASE_URL: sim.url } }),
    );
    const error = failed(run, 3, "MissingCredentialsError");
    for (const how of ["GONG_ACCESS_KEY", "GONG_ACCESS_KEY_SECRET", "GONG_BEARER_TOKEN", "gong auth login"]) {
      expect(error.message).toContain(how);
    }
    expect(arrivals).toBe(0);
  });

  it("a key without its secret says so", async () => {
    const run = await gong(["users", "list"], {
      env: { GONG_BASE_URL: sim.url, GONG_ACCESS_KEY: ACCESS_KEY },
    });
    expect(failed(run, 3, "MissingCredentialsError").message).toContain("without its secret");
  });

  it("credentials Gong refuses: 401", async () => {
    const closed = await simulator({
      calls: 0,
      credentials: [{ accessKey: ACCESS_KEY, secret: "the-right-secret" }],
    });
    const run = await gong(["users", "list"], { env: credentialsEnv(closed.url) });
    const error = failed(run, 3, "GongAuthenticationError");
    expect(error.status).toBe(401);
    expect(closed.arrivals.map((arrival) => arrival.status)).toEqual([401]); // never retried
  });
});

describe("exit code 4: not found", () => {
  it("users get <an id Gong does not have>", async () => {
    const run = await gong(["users", "get", "1234567890123456789"], { env });
    const error = failed(run, 4, "GongNotFoundError");
    expect(error).toMatchObject({ status: 404, errors: ["User ID 1234567890123456789 was not found"] });
  });
});

describe("exit code 5: rate-limited after retries", () => {
  it("the daily quota is spent", async () => {
    const spent = await simulator({ calls: 0, dailyQuota: 0 });
    const run = await gong(["users", "list"], { env: credentialsEnv(spent.url) });
    const error = failed(run, 5, "GongRateLimitError");
    expect(error.status).toBe(429);
    expect(error.retryAfterMs).toBe(4 * 3_600_000); // 20:00 to midnight, simulated
    expect(spent.arrivals).toHaveLength(1); // a wait of hours is not slept on
  });

  it("429s on every attempt", async () => {
    const server = await startTestServer(() => ({
      status: 429,
      body: { requestId: "4al018gzaztcr8nbukw", errors: ["API request limit exceeded"] },
      headers: { "retry-after": "0" },
    }));
    const run = await gong(["users", "list", "--max-retries", "1"], { env: credentialsEnv(server.url) });
    failed(run, 5, "GongRateLimitError");
    expect(server.requests).toHaveLength(2);
  });
});
