// Listings as a user prints them: the first page's body as JSON, every item with --all (a JSON array, or one
// JSON line per item with -o jsonl), --limit stopping across pages after the pages it needs, and a table.
import type { GongSimulator } from "@gongkit/mock-server/simulator";
import { beforeAll, describe, expect, it } from "vitest";
import { credentialsEnv, gong } from "./support/run-gong.ts";
import { simulator } from "./support/simulator.ts";

let sim: GongSimulator;
let env: Record<string, string>;
/** All the simulator's calls: the 30 days before its clock. */
const CALLS_WINDOW = ["--from-date-time", "2024-04-01T00:00:00Z", "--to-date-time", "2024-05-01T00:00:00Z"];

beforeAll(async () => {
  sim = await simulator({ calls: 1000, users: 120 });
  env = credentialsEnv(sim.url);
});

/** Requests the simulator saw on `route` while `run` ran. */
async function counting<T>(route: string, run: () => Promise<T>): Promise<[T, number]> {
  const before = sim.requests[route] ?? 0;
  const result = await run();
  return [result, (sim.requests[route] ?? 0) - before];
}

describe("gong users list", () => {
  it("prints the first page's body as JSON, the 19-digit ids with every digit", async () => {
    const [run, requests] = await counting("GET /v2/users", () => gong(["users", "list"], { env }));
    expect(run.code).toBe(0);
    expect(requests).toBe(1);
    const body = JSON.parse(run.stdout) as {
      records: { totalRecords: number; cursor: string };
      users: { id: string }[];
    };
    expect(body.records.totalRecords).toBe(120);
    expect(body.records.cursor).toEqual(expect.any(String));
    expect(body.users.map((user) => user.id)).toEqual(sim.users.slice(0, 100).map((user) => user.id));
    for (const user of sim.users.slice(0, 100)) {
      expect(user.id).toMatch(/^\d{19}$/);
      expect(run.stdout).toContain(`"id": "${user.id}"`);
    }
  });

  it("--all prints a JSON array of every user, across pages", async () => {
    const [run, requests] = await counting("GET /v2/users", () => gong(["users", "list", "--all"], { env }));
    expect(run.code).toBe(0);
    expect(requests).toBe(2);
    const users = JSON.parse(run.stdout) as { id: string }[];
    expect(Array.isArray(users)).toBe(true);
    expect(users).toEqual(sim.users);
    for (const user of sim.users) expect(run.stdout).toContain(`"id": "${user.id}"`);
  });

  it("-o table prints a header row and a row of columns per user", async () => {
    const run = await gong(["users", "list", "-o", "table", "--limit", "5"], { env });
    expect(run.code).toBe(0);
    const [header, ...rows] = run.stdout.trimEnd().split("\n");
    const columns = header!.split(/\s{2,}/);
    expect(columns.slice(0, 3)).toEqual(["id", "emailAddress", "created"]);
    expect(rows).toHaveLength(5);
    for (const [i, row] of rows.entries()) {
      const cells = row.split(/\s{2,}/);
      const user = sim.users[i]!;
      expect(cells.slice(0, 3)).toEqual([user.id, user.emailAddress, user.created]);
      // Columns line up under the header.
      expect(row.indexOf(user.emailAddress)).toBe(header!.indexOf("emailAddress"));
    }
  });
});

describe("gong calls list", () => {
  it("-o jsonl --all prints one call a line across every page", async () => {
    const [run, requests] = await counting("GET /v2/calls", () =>
      gong(["calls", "list", ...CALLS_WINDOW, "-o", "jsonl", "--all"], { env }),
    );
    expect(run.code).toBe(0);
    expect(requests).toBe(10);
    const lines = run.stdout.trimEnd().split("\n");
    expect(lines).toHaveLength(1000);
    const ids = lines.map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(sim.calls.map((call) => call.id));
    for (const [i, line] of lines.entries()) expect(line).toContain(`"id":"${sim.calls[i]!.id}"`);
  });

  it("--limit 150 stops at 150 calls, after the 2 pages they take", async () => {
    const [run, requests] = await counting("GET /v2/calls", () =>
      gong(["calls", "list", ...CALLS_WINDOW, "-o", "jsonl", "--limit", "150"], { env }),
    );
    expect(run.code).toBe(0);
    expect(requests).toBe(2);
    const ids = run.stdout
      .trimEnd()
      .split("\n")
      .map((line) => (JSON.parse(line) as { id: string }).id);
    expect(ids).toEqual(sim.calls.slice(0, 150).map((call) => call.id));
  });

  it("--limit 100 takes one page only; an empty window is an empty list", async () => {
    const [run, requests] = await counting("GET /v2/calls", () =>
      gong(["calls", "list", ...CALLS_WINDOW, "--limit", "100"], { env }),
    );
    expect(run.code).toBe(0);
    expect(requests).toBe(1);
    expect((JSON.parse(run.stdout) as unknown[]).length).toBe(100);

    const empty = ["--from-date-time", "2020-01-01T00:00:00Z", "--to-date-time", "2020-01-02T00:00:00Z"];
    const first = await gong(["calls", "list", ...empty], { env });
    expect(first.code).toBe(0);
    expect(JSON.parse(first.stdout)).toEqual({ calls: [] });
    const all = await gong(["calls", "list", ...empty, "--all"], { env });
    expect(all.code).toBe(0);
    expect(JSON.parse(all.stdout)).toEqual([]);
  });
});
