// `gong export` of 1,000 calls and 120 users against the Gong simulator holding Gong's 3 requests per second
// strictly (429 with Retry-After: 1 past it), the CLI with its default client (its own 3-per-second limiter):
// the requests it makes against the pages the data takes, and its wall time against the least time the
// limit allows for them.
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { startGongSimulator } from "@gongkit/mock-server/simulator";
import { assertGongBuilt, GONG_BIN, runNode } from "./gong-bin.ts";

export interface ExportAtLimitOptions {
  calls: number;
  users: number;
}

export const EXPORT_BENCH_DEFAULTS: ExportAtLimitOptions = { calls: 1000, users: 120 };

/** Gong's page: 100 calls, transcripts (100 call ids a request) or users. */
const PAGE = 100;
/** Gong's limit: 3 requests per second. */
const REQUESTS_PER_SECOND = 3;

export interface ExportAtLimit {
  options: ExportAtLimitOptions;
  /** Requests the simulator saw, 429s included. */
  requests: number;
  /** The pages the data takes: calls and their transcripts, then users. */
  requestBound: number;
  rejected429: number;
  /** From spawning `gong export` to its exit. */
  ms: number;
  /** The requests at Gong's 3 per second. */
  boundMs: number;
  /** Lines written to calls.jsonl, transcripts.jsonl and users.jsonl. */
  written: { calls: number; transcripts: number; users: number };
}

/** ceil(calls / 100) * 2 + ceil(users / 100): a page of calls and one of their transcripts, and the users' pages. */
export function exportRequestBound({ calls, users }: ExportAtLimitOptions): number {
  return Math.ceil(calls / PAGE) * 2 + Math.ceil(users / PAGE);
}

export async function runExportAtLimit(
  options: ExportAtLimitOptions = EXPORT_BENCH_DEFAULTS,
): Promise<ExportAtLimit> {
  assertGongBuilt();
  const start = Date.parse("2024-05-01T20:00:00Z");
  const sim = await startGongSimulator({ start, calls: options.calls, users: options.users });
  const out = await mkdtemp(join(tmpdir(), "gongkit-cli-bench-"));
  try {
    const env = {
      PATH: process.env.PATH ?? "",
      HOME: out,
      GONG_BASE_URL: sim.url,
      GONG_ACCESS_KEY: "bench-key",
      GONG_ACCESS_KEY_SECRET: "bench-secret",
    };
    // Every generated call: they start in the 30 UTC days before the simulated clock's day.
    const range = ["--from", "2024-04-01T00:00:00Z", "--to", "2024-05-01T00:00:00Z"];
    const run = await runNode([GONG_BIN, "export", "--out", join(out, "export"), ...range], env);
    if (run.code !== 0) throw new Error(`gong export exited ${run.code}: ${run.stderr}`);
    const lines = async (file: string) =>
      (await readFile(join(out, "export", file), "utf8")).split("\n").filter(Boolean).length;
    const requests = sim.arrivals.length;
    return {
      options,
      requests,
      requestBound: exportRequestBound(options),
      rejected429: sim.rejected429(),
      ms: run.ms,
      boundMs: (requests / REQUESTS_PER_SECOND) * 1000,
      written: {
        calls: await lines("calls.jsonl"),
        transcripts: await lines("transcripts.jsonl"),
        users: await lines("users.jsonl"),
      },
    };
  } finally {
    await sim.close();
    await rm(out, { recursive: true, force: true });
  }
}
