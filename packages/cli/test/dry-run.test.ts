// --dry-run: the request printed (method, URL with its query encoded, headers with the credential redacted,
// the JSON body) and nothing sent: the simulator sees no request, and the secret shows nowhere.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { GongSimulator } from "@gongkit/mock-server/simulator";
import { beforeAll, describe, expect, it } from "vitest";
import {
  ACCESS_KEY,
  ACCESS_KEY_SECRET,
  credentialsEnv,
  type GongRun,
  gong,
  tempDir,
} from "./support/run-gong.ts";
import { simulator } from "./support/simulator.ts";

interface DryRun {
  method: string;
  url: string;
  headers: Record<string, string>;
  body?: unknown;
}

let sim: GongSimulator;
let env: Record<string, string>;

beforeAll(async () => {
  sim = await simulator({ calls: 10 });
  env = credentialsEnv(sim.url);
});

/** The run's printed request, after checking nothing was sent and no credential shows. */
function printed(run: GongRun): DryRun {
  expect(run.code).toBe(0);
  expect(run.stderr).toBe("");
  expect(sim.arrivals).toHaveLength(0);
  const basic = Buffer.from(`${ACCESS_KEY}:${ACCESS_KEY_SECRET}`).toString("base64");
  for (const secret of [ACCESS_KEY_SECRET, basic, encodeURIComponent(ACCESS_KEY_SECRET)]) {
    expect(run.stdout).not.toContain(secret);
    expect(run.stderr).not.toContain(secret);
  }
  const request = JSON.parse(run.stdout) as DryRun;
  expect(request.headers.authorization).toBe("Basic [redacted]");
  return request;
}

describe("gong … --dry-run", () => {
  it("prints a GET with its query encoded", async () => {
    const run = await gong(
      [
        "calls",
        "list",
        "--from-date-time",
        "2024-04-01T00:00:00+02:00",
        "--to-date-time",
        "2024-05-01T00:00:00Z",
        "--workspace-id",
        "1234567890123456789",
        "--dry-run",
      ],
      { env },
    );
    const request = printed(run);
    expect(request.method).toBe("GET");
    expect(request.url).toBe(
      `${sim.url}/v2/calls?fromDateTime=2024-04-01T00%3A00%3A00%2B02%3A00&toDateTime=2024-05-01T00%3A00%3A00Z&workspaceId=1234567890123456789`,
    );
    expect(request.body).toBeUndefined();
  });

  it("prints a POST's JSON body: --body merged under the --filter.* flags, 64-bit ids exact", async () => {
    const run = await gong(
      [
        "calls",
        "list-by-filter",
        "--body",
        '{"filter":{"workspaceId":"1234567890123456789","fromDateTime":"2020-01-01T00:00:00Z"},"contentSelector":{"context":"Extended"}}',
        "--filter.from-date-time",
        "2024-04-01T00:00:00Z",
        "--filter.call-ids",
        "7782342274025937895,7782342274025937897",
        "--filter.call-ids",
        "9007199254740993001",
        "--dry-run",
      ],
      { env },
    );
    const request = printed(run);
    expect(request.method).toBe("POST");
    expect(request.url).toBe(`${sim.url}/v2/calls/extensive`);
    expect(request.headers["content-type"]).toBe("application/json");
    expect(request.body).toEqual({
      filter: {
        workspaceId: "1234567890123456789",
        fromDateTime: "2024-04-01T00:00:00Z",
        callIds: ["7782342274025937895", "7782342274025937897", "9007199254740993001"],
      },
      contentSelector: { context: "Extended" },
    });
  });

  it("keeps every digit of a 64-bit integer written as a number in --body", async () => {
    const run = await gong(
      [
        "calls",
        "list-by-filter",
        "--body",
        '{"filter":{"workspaceId":1234567890123456789,"callIds":[7782342274025937895]}}',
        "--dry-run",
      ],
      { env },
    );
    expect(printed(run).body).toEqual({
      filter: { workspaceId: "1234567890123456789", callIds: ["7782342274025937895"] },
    });
  });

  it("takes the body from a file (@path) and from standard input (-)", async () => {
    const dir = await tempDir();
    const file = join(dir, "body.json");
    await writeFile(file, '{"filter":{"userIds":["8000000000000000001"]}}');
    const fromFile = printed(
      await gong(["users", "list-by-filter", "--body", `@${file}`, "--dry-run"], { env }),
    );
    expect(fromFile.body).toEqual({ filter: { userIds: ["8000000000000000001"] } });
    const fromStdin = printed(
      await gong(["users", "list-by-filter", "--body", "-", "--filter.include-avatars", "--dry-run"], {
        env,
        input: '{"filter":{"userIds":["8000000000000000003"]}}',
      }),
    );
    expect(fromStdin.body).toEqual({ filter: { userIds: ["8000000000000000003"], includeAvatars: true } });
  });

  it("prints an upload (calls add-media <id> --file) and sends nothing", async () => {
    const dir = await tempDir();
    const file = join(dir, "rec.mp3");
    await writeFile(file, Buffer.alloc(4096, 7));
    const request = printed(
      await gong(["calls", "add-media", "7782342274025937895", "--file", file, "--dry-run"], { env }),
    );
    expect(request.method).toBe("PUT");
    expect(request.url).toBe(`${sim.url}/v2/calls/7782342274025937895/media`);
    expect(request.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
    expect(request.body).toEqual(expect.stringContaining("mediaFile"));
  });

  it("needs no credentials: the request is printed with nothing to redact", async () => {
    const run = await gong(["users", "get", "8000000000000000001", "--dry-run"], {
      env: { GONG_BASE_URL: sim.url },
    });
    expect(run.code).toBe(0);
    expect(sim.arrivals).toHaveLength(0);
    const request = JSON.parse(run.stdout) as DryRun;
    expect(request).toMatchObject({ method: "GET", url: `${sim.url}/v2/users/8000000000000000001` });
    expect(request.headers.authorization).toMatch(/\[redacted\]$/);
  });
});
