// The cli section: its lines and verdicts from given figures, then a small real run of each measurement
// against the built `gong` (turbo builds packages/cli before these tests: it is a devDependency).
import { describe, expect, it } from "vitest";
import { type ExportAtLimit, exportRequestBound, runExportAtLimit } from "../src/gong-cli/export-at-limit.ts";
import { measureStartup, type Startup } from "../src/gong-cli/startup.ts";
import { cliExportLines, cliExportVerdict, cliSection, cliStartupLine } from "../src/report/sections.ts";

const startup = (gong: number, node: number): Startup => ({
  rounds: 20,
  gongMs: [gong - 5, gong, gong + 5],
  nodeMs: [node - 5, node, node + 5],
  gongMedianMs: gong,
  nodeMedianMs: node,
});

const exported = (ms: number, overrides: Partial<ExportAtLimit> = {}): ExportAtLimit => ({
  options: { calls: 1000, users: 120 },
  requests: 22,
  requestBound: 22,
  rejected429: 0,
  ms,
  boundMs: (22 / 3) * 1000,
  written: { calls: 1000, transcripts: 1000, users: 120 },
  ...overrides,
});

describe("the cli section", () => {
  it("prints the start-up as one line, with the goal of 2x node -e 0", () => {
    expect(cliStartupLine(startup(90, 60))).toBe(
      "cli: gong --version 90 ms, node -e 0 60 ms (medians of 20): 1.50x (goal at most 2.00x: met)",
    );
    expect(cliStartupLine(startup(130, 60))).toContain("2.17x (goal at most 2.00x: NOT met)");
  });

  it("prints the export's requests and time, a line each, against their bounds", () => {
    expect(cliExportLines(exported(7_000))).toEqual([
      "cli: gong export of 1,000 calls and 120 users: 22 requests (bound ceil(1000/100)*2 + ceil(120/100) = 22: met), 0 429s, written 1,000 calls, 1,000 transcripts, 120 users",
      "cli: gong export time 7.00 s, bound 7.33 s (22 requests at 3/s): 0.95x (goal at most 1.10x: met)",
    ]);
    expect(cliExportLines(exported(8_500))[1]).toContain("1.16x (goal at most 1.10x: NOT met)");
  });

  it("meets the export's goal only within both bounds, without 429s, every record written", () => {
    expect(cliExportVerdict(exported(7_000)).met).toBe(true);
    expect(cliExportVerdict(exported(8_500)).why).toEqual(["1.16x the time bound"]);
    expect(cliExportVerdict(exported(7_000, { requests: 24, rejected429: 2 })).why).toEqual([
      "24 requests, over the bound 22",
      "2 responses of 429",
    ]);
    const missing = exported(7_000, { written: { calls: 990, transcripts: 990, users: 120 } });
    expect(cliExportVerdict(missing).why).toEqual([
      "990/1000 calls, 990/1000 transcripts, 120/120 users written",
    ]);
    const section = cliSection({ startup: startup(90, 60), export: exported(8_500) });
    expect(section).toContain("Measured 1.50x: met.");
    expect(section).toContain(
      "Measured 22 of 22 requests, 1.16x the time bound: NOT met (1.16x the time bound).",
    );
  });

  it("bounds the requests by the pages: calls and transcripts a page per 100 calls, users a page per 100", () => {
    expect(exportRequestBound({ calls: 1000, users: 120 })).toBe(22);
    expect(exportRequestBound({ calls: 1001, users: 100 })).toBe(23);
  });
});

describe("the cli measurements, small (packages/cli is built first: a devDependency)", () => {
  it("times gong --version and node -e 0, interleaved", async () => {
    const measured = await measureStartup(2);
    expect(measured.gongMs).toHaveLength(2);
    expect(measured.nodeMs).toHaveLength(2);
    expect(measured.gongMedianMs).toBeGreaterThan(0);
  });

  it("exports 150 calls and 30 users in the pages they take, without a 429", async () => {
    const run = await runExportAtLimit({ calls: 150, users: 30 });
    expect(run.requestBound).toBe(5);
    expect(run.requests).toBe(5);
    expect(run.rejected429).toBe(0);
    expect(run.written).toEqual({ calls: 150, transcripts: 150, users: 30 });
  });
});
