// Gong's daily quota spent in the middle of an export: it stops with exit code 5, says when to resume, keeps
// its state; run again once the quota is back, it finishes with the files an uninterrupted run writes.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { credentialsEnv, gong, stderrError, tempDir } from "./support/run-gong.ts";
import { simulator } from "./support/simulator.ts";

const FILES = ["calls.jsonl", "transcripts.jsonl", "users.jsonl"];
const RANGE = ["--from", "2024-04-01T00:00:00Z", "--to", "2024-05-01T00:00:00Z"];
const DATA = { seed: 9, calls: 250, users: 120 };

const filesOf = (out: string) => Promise.all(FILES.map((file) => readFile(join(out, file), "utf8")));

describe("gong export and the daily quota", () => {
  it("stops at the quota (exit 5, when to resume, state saved), then resumes to an uninterrupted run's files", async () => {
    // The uninterrupted run: the same data and clock, no quota. 8 requests.
    const free = await simulator(DATA);
    const referenceOut = await tempDir("gong-export-reference-");
    expect(
      (await gong(["export", "--out", referenceOut, ...RANGE], { env: credentialsEnv(free.url) })).code,
    ).toBe(0);
    expect(free.arrivals).toHaveLength(8);

    const sim = await simulator({ ...DATA, dailyQuota: 5 });
    const env = credentialsEnv(sim.url);
    const out = await tempDir("gong-export-quota-");
    const stopped = await gong(["export", "--out", out, ...RANGE], { env });
    expect(stopped.code).toBe(5);
    const error = stderrError(stopped);
    expect(error).toMatchObject({ name: "GongExportStopped", exitCode: 5 });
    expect(error.message).toMatch(/daily quota .*run the same command again after \d{4}-\d\d-\d\dT[\d:.]+Z/);
    const report = JSON.parse(stopped.stdout) as { stopped: boolean; resumeAt: string };
    expect(report.stopped).toBe(true);
    expect(error.message).toContain(report.resumeAt);
    expect(Date.parse(report.resumeAt)).toBeGreaterThan(Date.now());
    // 2 pages of calls and their transcripts were read, then the third page's transcripts were refused.
    expect(sim.arrivals.map((arrival) => arrival.status)).toEqual([200, 200, 200, 200, 200, 429]);
    // What was complete is kept: the state says how far, and the next run goes on from there.
    const state = JSON.parse(await readFile(join(out, ".gong-export.json"), "utf8")) as {
      completedUntil: string;
    };
    expect(state.completedUntil > "2024-04-01T00:00:00").toBe(true);
    expect(state.completedUntil < "2024-05-01T00:00:00").toBe(true);

    // The next day's quota (the same 5) is enough for the rest: the pages after the state's point, and its look-back.
    sim.resetQuota();
    const resumed = await gong(["export", "--out", out, ...RANGE], { env });
    expect(resumed.stderr).toBe("");
    expect(resumed.code).toBe(0);
    expect(JSON.parse(resumed.stdout).range.from).toBe(
      new Date(Date.parse(state.completedUntil) - 86_400_000).toISOString(),
    );
    expect(await filesOf(out)).toEqual(await filesOf(referenceOut));
  });
});
