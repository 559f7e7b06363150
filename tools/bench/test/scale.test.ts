// The scale bench end to end on the smallest spec: every stage runs as a process and succeeds.
import { describe, expect, it } from "vitest";
import { docsSiteMissing, runScaleBench } from "../src/scale/run-scale-bench.ts";

describe("the scale bench on 10 operations", () => {
  it("finds the docs site: it is a dependency of this package, so the docs stage always runs here", () => {
    expect(docsSiteMissing()).toBeUndefined();
  });

  it("runs lint, bundle, types, client codegen, the consumer type-check and the docs build, and the repo's docs build", async () => {
    const { rows, docsMissing, repoDocs } = await runScaleBench([10], () => {}, { repoSpecRuns: 1 });
    expect(docsMissing).toBeUndefined();
    expect(rows).toHaveLength(1);
    const [row] = rows;
    expect(row?.stages.map((s) => s.stage)).toEqual([
      "lint (redocly)",
      "bundle (redocly)",
      "types (openapi-typescript)",
      "client codegen",
      "type-check consumer (tsc)",
      "docs build",
    ]);
    for (const stage of row?.stages ?? []) expect(stage.peakRssMiB).toBeGreaterThan(20);
    expect(row?.docs?.files).toBeGreaterThan(10);
    expect(row?.docs?.indexFirstLoadBytes).toBeGreaterThan(1000);
    // The repo's own site, built by its script: timed, with every page written.
    expect(repoDocs?.runsMs).toHaveLength(1);
    expect(repoDocs?.files).toBeGreaterThan(300);
    expect(repoDocs?.medianMs).toBeGreaterThan(0);
  }, 120_000);
});
