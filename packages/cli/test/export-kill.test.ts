// A `gong export` killed with SIGKILL at any moment, then run again to its end, writes the same bytes as one
// that was never interrupted: output files are replaced only by renames, the state saved after them. The
// kill point is the k-th request's arrival at the simulator, k chosen by fast-check.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import type { GongSimulator } from "@gongkit/mock-server/simulator";
import fc from "fast-check";
import { beforeAll, describe, expect, it } from "vitest";
import { credentialsEnv, gong, spawnGong, tempDir } from "./support/run-gong.ts";
import { onArrival, simulator } from "./support/simulator.ts";

const FILES = ["calls.jsonl", "transcripts.jsonl", "users.jsonl"] as const;
const RANGE = ["--from", "2024-04-01T00:00:00Z", "--to", "2024-05-01T00:00:00Z"];

let sim: GongSimulator;
let env: Record<string, string>;
/** The uninterrupted run's files, and how many requests it made. */
let reference: Record<(typeof FILES)[number], string>;
let requests: number;

const exportTo = (out: string) => ["export", "--out", out, ...RANGE];

async function filesOf(out: string): Promise<typeof reference> {
  const [calls, transcripts, users] = await Promise.all(
    FILES.map((file) => readFile(join(out, file), "utf8")),
  );
  return { "calls.jsonl": calls!, "transcripts.jsonl": transcripts!, "users.jsonl": users! };
}

beforeAll(async () => {
  // 250 calls and 120 users: 3 pages of calls, 3 of transcripts, 2 of users. One simulator for every run,
  // its clock standing still: every run sees the same data.
  sim = await simulator({ seed: 5, calls: 250, users: 120 });
  env = credentialsEnv(sim.url);
  const out = await tempDir("gong-export-reference-");
  const run = await gong(exportTo(out), { env });
  expect(run.code).toBe(0);
  requests = sim.arrivals.length;
  expect(requests).toBe(8);
  reference = await filesOf(out);
});

describe("gong export killed with SIGKILL", () => {
  it("then run again, writes files byte-identical to an uninterrupted run's (property)", async () => {
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: requests }), async (k) => {
        const out = await tempDir("gong-export-killed-");
        const { child, finished } = await spawnGong(exportTo(out), { env });
        const stopWatching = onArrival(sim, sim.arrivals.length + k, () => child.kill("SIGKILL"));
        const killed = await finished;
        stopWatching();
        expect(killed.signal).toBe("SIGKILL");

        const rerun = await gong(exportTo(out), { env });
        expect(rerun.stderr).toBe("");
        expect(rerun.code).toBe(0);
        expect(await filesOf(out)).toEqual(reference);
      }),
      { numRuns: 6 },
    );
  });
});
