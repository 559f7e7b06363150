// pnpm test:mutation: Stryker over the client's hand-written core (all of src/ but src/generated/).
// Too slow for every CI run (30 to 45 min on 2 cores): .github/workflows/mutation.yml runs it weekly and
// release.yml before publishing. The per-file scores are in this package's README.
/** @type {import('@stryker-mutator/api/core').PartialStrykerOptions} */
export default {
  testRunner: "vitest",
  // pnpm does not hoist the runner where Stryker's plugin discovery looks, so it is named here.
  plugins: ["@stryker-mutator/vitest-runner"],
  vitest: { configFile: "vitest.stryker.config.ts" },
  // Stryker's sandbox copy breaks pnpm's symlinked node_modules and workspace links: mutate in place.
  inPlace: true,
  mutate: ["src/**/*.ts", "!src/generated/**"],
  coverageAnalysis: "perTest",
  thresholds: { high: 90, low: 85, break: 85 },
  // The slow tests (soak, bursts at 3 per second) run for seconds; a mutant that hangs them is still caught.
  timeoutMS: 30_000,
  reporters: ["clear-text", "progress-append-only", "html", "json"],
  htmlReporter: { fileName: "reports/mutation/index.html" },
  jsonReporter: { fileName: "reports/mutation/mutation.json" },
  tempDirName: ".stryker-tmp",
};
