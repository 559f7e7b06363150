// Each benchmark section as Markdown: printed by `pnpm bench`, and the body of BENCHMARKS.md.
import type { BuildBench } from "../build/run-build-bench.ts";
import type { ClientBench } from "../client/run-client-bench.ts";
import type { AtLimitRun } from "../limit/at-limit.ts";
import type { LimitBench } from "../limit/run-limit-bench.ts";
import type { Machine } from "../machine.ts";
import type { ScaleBench } from "../scale/run-scale-bench.ts";
import type { SizeCheck } from "../size/measure-bundle-size.ts";
import { BUDGET_PER_OPERATION_BYTES, type OperationGrowth } from "../size/operation-growth.ts";
import type { UploadBench } from "../upload/run-upload-bench.ts";
import { UPLOAD_BOUND_MIB, type UploadMemory } from "../upload/upload-memory.ts";
import { fileSize, kb, mib, ms, plusMib, table, us, x } from "./table.ts";

// The issue's goals, shown beside the figures.
const GOAL = {
  stubbedVsOpenapi: 1.25,
  loopbackVsOpenapi: 1.08,
  pipeline1000Ms: 10_000,
  firstLoadBytes: 500 * 1024,
  /** Issue 10: the burst plus pagination within this much of the bound. */
  atLimitOfBound: 1.1,
};

export function machineSection(machine: Machine): string {
  const versions = Object.entries(machine.versions).map(([name, version]) => `${name} ${version}`);
  return [
    "## Machine",
    "",
    `${machine.cpu}, ${machine.cores} cores, ${machine.memoryGiB} GiB memory, ${machine.os}.`,
    "",
    `Versions: ${versions.join(", ")}.`,
  ].join("\n");
}

export function clientSection(bench: ClientBench): string {
  const out = [
    "## Client: one `users.get` call against its peers",
    "",
    `Medians over ${bench.options.rounds} interleaved rounds (each round samples every contender for ${bench.options.roundMs} ms stubbed, ${bench.options.roundMs * 2} ms over loopback, starting from a different contender), in one process. ` +
      "The client is created with `rateLimit: false` and given the same `fetch` as its peers, so only its own per-call work is measured; its retries (maxRetries 2) and per-attempt timeout stay on. " +
      "Ratios are paired per round (both contenders ran in the same round), median and interquartile range.",
  ];
  for (const scenario of bench.scenarios) {
    out.push("", `### ${scenario.name}`, "", `${scenario.description}.`, "");
    out.push(
      table(
        ["contender", "per call", "samples", "what it does"],
        scenario.results.map((r) => [r.name, us(r.medianUs), r.samples, r.note]),
      ),
    );
    out.push(
      "",
      table(
        ["ratio", "median", "p25–p75"],
        scenario.ratios.map((r) => [`${r.of} / ${r.to}`, x(r.median), `${x(r.p25)}–${x(r.p75)}`]),
      ),
    );
    const goal = scenario.name === "stubbed fetch" ? GOAL.stubbedVsOpenapi : GOAL.loopbackVsOpenapi;
    const ratio = scenario.ratios[0]!;
    out.push(
      "",
      `Goal: gong.users.get at most ${x(goal)} bare openapi-fetch. Measured ${x(ratio.median)}: ${ratio.median <= goal ? "met" : "NOT met"}.`,
    );
  }
  out.push(
    "",
    "### Single steps, measured alone",
    "",
    "What the per-call building blocks cost on this Node (one step per sample).",
    "",
  );
  out.push(
    table(
      ["step", "median"],
      bench.primitives.map((p) => [p.name, us(p.medianUs)]),
    ),
  );
  return out.join("\n");
}

export function sizeSection(checks: SizeCheck[]): string {
  return [
    "## Bundle size",
    "",
    "`@gongkit/client` plus openapi-fetch, bundled by size-limit (rolldown, tree-shaken, minified) and gzipped, as a consumer's bundler would ship it. Enforced by `tools/bench/test/bundle-size.test.ts`.",
    "",
    table(
      ["import", "gzip", "budget", "status"],
      checks.map((c) =>
        c.sizeLimit === undefined
          ? [c.name, `${c.size} B`, "n/a", "for comparison"]
          : [c.name, `${c.size} B`, `${c.sizeLimit} B`, c.passed ? "within" : "OVER"],
      ),
    ),
    "",
    sizeGoalLine(checks),
  ].join("\n");
}

/** Issue 6's goal: client plus openapi-fetch at most 4 kB gzip. */
const SIZE_GOAL_BYTES = 4_000;

function sizeGoalLine(checks: SizeCheck[]): string {
  const total = checks.find((c) => c.name === "createGongClient")?.size ?? Number.NaN;
  const openapiFetch = checks.find((c) => c.name === "openapi-fetch alone")?.size ?? Number.NaN;
  const verdict = total <= SIZE_GOAL_BYTES ? "met" : "NOT met";
  return `Goal: createGongClient plus openapi-fetch at most ${SIZE_GOAL_BYTES} B gzip. Measured ${total} B: ${verdict}. openapi-fetch alone is ${openapiFetch} B, so the client's own code adds ${total - openapiFetch} B (retries, timeouts, limiter, auth, typed errors, parameter checks and their messages).`;
}

export function operationSizeSection(growth: OperationGrowth): string {
  const [first] = growth.variants;
  const full = growth.variants.at(-1);
  const perOperation = growth.perOperation;
  const verdict =
    perOperation <= BUDGET_PER_OPERATION_BYTES
      ? "met"
      : `NOT met, over by ${(perOperation - BUDGET_PER_OPERATION_BYTES).toFixed(1)} B`;
  return [
    "### Per operation",
    "",
    "The client does not tree-shake per operation: `createGongClient` builds every method of the generated table (packages/client/src/generated/resources.ts). " +
      "Measured by regenerating that table from the spec cut down to its first operations (always with users.get and one method of each kind that brings runtime code of its own: a file upload, a records upload, a job wait), putting it in a copy of the built client, and bundling `{ createGongClient }` as above.",
    "",
    table(
      ["operations in the table", "createGongClient + openapi-fetch, gzip", "over the first row"],
      growth.variants.map((v) => [v.operations, `${v.size} B`, `${v.size - (first?.size ?? v.size)} B`]),
    ),
    "",
    `Growth: ${perOperation.toFixed(1)} B gzip per operation (least-squares slope over the rows; ${first && full ? `${full.size - first.size} B for ${full.operations - first.operations} operations` : "n/a"}). ` +
      `Goal (issue 11, a client that is not tree-shakable): at most ${BUDGET_PER_OPERATION_BYTES} B per operation: ${verdict}.`,
    "",
    "What parts of the generated code cost, each left out of the full table in turn:",
    "",
    table(
      ["part", "gzip saved"],
      growth.parts.map((p) => [p.part, `${p.saved} B`]),
    ),
  ].join("\n");
}

/** Issue 10's verdict on a run with the default limiter: zero 429s, every call through, within 1.10x the bound. */
export function atLimitVerdict(run: AtLimitRun): { met: boolean; why: string[] } {
  const why: string[] = [];
  const failed = Object.values(run.getFailures).reduce((a, b) => a + b, 0);
  if (run.rejected429 > 0) why.push(`${run.rejected429} responses of 429`);
  if (failed > 0 || run.listFailure !== undefined) {
    why.push(`${failed + (run.listFailure ? 1 : 0)} calls failed`);
  }
  if (run.listed !== run.options.users) why.push(`${run.listed} of ${run.options.users} users listed`);
  if (run.ms > run.boundMs * GOAL.atLimitOfBound) why.push(`${x(run.ms / run.boundMs)} the bound`);
  return { met: why.length === 0, why };
}

function failures(run: AtLimitRun): string {
  const parts = Object.entries(run.getFailures).map(([name, count]) => `${count} users.get: ${name}`);
  if (run.listFailure !== undefined) parts.push(`users.list: ${run.listFailure} after ${run.listed} users`);
  return parts.length === 0 ? "none" : parts.join("; ");
}

const bytesPerPage = (value: number) =>
  Number.isNaN(value) ? "n/a (warm-up only)" : `${Math.round(value)} B`;

export function limitSection(bench: LimitBench): string {
  const out = [
    "## At Gong's limit",
    "",
    "Against `@gongkit/mock-server/strict-limit`, a node:http server on 127.0.0.1 that answers 429 with `Retry-After: 1` to any request that would make more than 3 arrivals within 1,000 ms (rejected ones count). " +
      "A burst of concurrent `gong.users.get(id)` and a full `for await (const user of gong.users.list())` start together; the client keeps its defaults (maxRetries 2) but for `rateLimit`. " +
      "Bound: the least time the limit allows, (requests − 3) / 3 s, the requests being one per `users.get` and one per page.",
    "",
    table(
      [
        "client",
        "requests",
        "arrivals",
        "429s",
        "time",
        "bound",
        "time / bound",
        "users.get ok",
        "users listed",
        "failed calls",
      ],
      bench.runs.map((run) => [
        run.options.rateLimit === false ? "`rateLimit: false` (control)" : "default limiter (3/s)",
        `${run.options.burst} + ${run.requests - run.options.burst} pages`,
        run.arrivals,
        run.rejected429,
        ms(run.ms),
        ms(run.boundMs),
        x(run.ms / run.boundMs),
        `${run.getsSucceeded}/${run.options.burst}`,
        `${run.listed}/${run.options.users}`,
        failures(run),
      ]),
    ),
  ];
  const limited = bench.runs.find((run) => run.options.rateLimit === undefined);
  if (limited !== undefined) {
    const { met, why } = atLimitVerdict(limited);
    out.push(
      "",
      `Goal (issue 10): zero 429s, every call succeeding, at most ${x(GOAL.atLimitOfBound)} the bound. Measured ${limited.rejected429} 429s, ${x(limited.ms / limited.boundMs)} the bound: ${met ? "met" : `NOT met (${why.join(", ")})`}.`,
    );
  }
  if (bench.memory.length > 0) {
    out.push(
      "",
      "### Pagination's memory per page",
      "",
      "Listings of growing size, 100 users a page, from the same server with its limit lifted and a client with `rateLimit: false`, each in a fresh Node process started with `--expose-gc`. " +
        "At sampled pages, with the page being iterated held, the process runs a full GC, lets finalizers run, runs another and reads `heapUsed`. " +
        "Growth per page is taken from page 10, once warm-up is over, to the last page. The same listing through a loop of raw `fetch` that follows the cursor itself is the baseline: what Node and undici keep per request is not the client's.",
      "",
      table(
        [
          "users",
          "pages",
          "heap at warm page",
          "heap at last page",
          "peak",
          "growth per page",
          "raw fetch: growth per page",
          "client − raw fetch",
        ],
        bench.memory.map((m) => [
          m.users.toLocaleString("en-US"),
          m.pages,
          `${kb(m.client.warmHeap)} (page ${m.client.warmPage})`,
          kb(m.client.lastHeap),
          kb(m.client.peakHeap),
          bytesPerPage(m.client.perPage),
          bytesPerPage(m.fetch.perPage),
          bytesPerPage(m.client.perPage - m.fetch.perPage),
        ]),
      ),
    );
    const first = bench.memory[0]!;
    const last = bench.memory.at(-1)!;
    if (last.pages > first.pages) {
      const grew = (of: "client" | "fetch") => last[of].lastHeap - first[of].lastHeap;
      out.push(
        "",
        `Heap at the last page, ${first.pages} pages against ${last.pages}: the client's grew by ${kb(grew("client"))} (${Math.round(grew("client") / (last.pages - first.pages))} B a page), the raw-fetch loop's by ${kb(grew("fetch"))}. ` +
          "A loop that kept every page would grow by a whole page of users each time.",
      );
    }
  }
  return out.join("\n");
}

/** The uploads claim: no file's streamed upload raises peak RSS by more than the bound. */
export function uploadVerdict(bench: UploadBench): { met: boolean; over: UploadMemory[] } {
  const over = bench.runs.filter((run) => run.streamed.growthMiB > bench.boundMiB);
  return { met: over.length === 0, over };
}

/** One file's figures on one line, as `pnpm bench` prints them while it runs. */
export function uploadLine(run: UploadMemory, boundMiB = UPLOAD_BOUND_MIB): string {
  const verdict = run.streamed.growthMiB <= boundMiB ? "met" : "NOT met";
  return `uploads: ${fileSize(run.bytes)} file: peak RSS ${plusMib(run.streamed.growthMiB)} (bound ${boundMiB} MiB: ${verdict}), ${Math.round(run.streamed.mbPerS)} MB/s; read into memory first: ${plusMib(run.inMemory.growthMiB)}`;
}

export function uploadSection(bench: UploadBench): string {
  const out = [
    "## Uploads: a file's memory",
    "",
    'A child Node process uploads a file with `gong.calls.addMedia("1", await openAsBlob(path))` (the built client, `rateLimit: false`) to a node:http server on 127.0.0.1 in the bench\'s process that reads and discards the body and answers 201. ' +
      "The file is sparse (its content does not matter to memory). The child first uploads the file's first MiB as a warm-up, then reads its peak RSS (`process.resourceUsage().maxRSS`) before and after the file's upload: the figure is the growth. " +
      "The control, in a fresh child, reads the same file into memory first (`await (await openAsBlob(path)).arrayBuffer()`) and uploads a Blob of those bytes: a client that buffered the file would grow at least by the file's size, as the control does.",
    "",
    table(
      [
        "file",
        "peak RSS growth",
        `within ${bench.boundMiB} MiB`,
        "throughput",
        "read into memory first",
        "streamed / read first",
        "read first / file",
      ],
      bench.runs.map((run) => [
        fileSize(run.bytes),
        plusMib(run.streamed.growthMiB),
        run.streamed.growthMiB <= bench.boundMiB ? "yes" : "NO",
        `${Math.round(run.streamed.mbPerS)} MB/s`,
        plusMib(run.inMemory.growthMiB),
        x(run.streamed.growthMiB / run.inMemory.growthMiB),
        x(run.inMemory.growthMiB / (run.bytes / 2 ** 20)),
      ]),
    ),
  ];
  const largest = bench.runs.reduce<UploadMemory | undefined>(
    (a, b) => (a === undefined || b.streamed.growthMiB > a.streamed.growthMiB ? b : a),
    undefined,
  );
  if (largest !== undefined) {
    const { met, over } = uploadVerdict(bench);
    const overs = over.map((run) => `${fileSize(run.bytes)}: ${plusMib(run.streamed.growthMiB)}`);
    out.push(
      "",
      `Goal: uploading a file raises the process's peak RSS by at most ${bench.boundMiB} MiB, whatever its size. Measured at most ${plusMib(largest.streamed.growthMiB)} (the ${fileSize(largest.bytes)} file): ${met ? "met" : `NOT met (${overs.join(", ")})`}.`,
    );
  }
  out.push("", UPLOAD_FINDINGS);
  return out.join("\n");
}

// Measured by hand on 2026-12-02 (this machine), not by every run.
const UPLOAD_FINDINGS =
  `Where the growth goes: with a 256 MiB file, a raw \`fetch\` of \`blob.stream()\` with \`duplex: "half"\` and \`redirect: "error"\` grew as much as the client (+44 MiB against +43 MiB), and reading the file's stream to its end without sending it grew by +66 MiB. With \`--max-semi-space-size=1\` the client grew by +9.8, +15.0 and +15.0 MiB for 64 MiB, 256 MiB and 1 GiB: most of the growth is V8's young generation growing under the stream's allocations, not the file, and it varies from run to run (1 GiB: +41.5 to +51.7 MiB over 5 runs; a 1,400 MiB file, near Gong's 1.5 GB limit: +52.2 MiB). ` +
  "The control grows by about 4x the file: `arrayBuffer()` on the file took 2x (256 MiB: +513 MiB; it reads chunks, then joins them), `new Blob([bytes])` copies them (+256 MiB), and `stream()` on a Blob in memory yields the whole Blob as one chunk, another copy (+256 MiB), which the upload then sends.";

export function scaleSection(bench: ScaleBench): string {
  const stageNames = [...new Set(bench.rows.flatMap((row) => row.stages.map((s) => s.stage)))];
  const out = [
    "## Scale: the pipeline on synthetic specs",
    "",
    "tools/synthetic-spec writes Gong-shaped specs (5 operations per resource, shared components, lint-clean under spec/'s rules). " +
      "Each stage runs as its own Node process on files in a temp dir; time is wall time, memory the peak RSS of the stage's largest Node process.",
    "",
    table(
      ["operations", "spec", ...stageNames, "pipeline", "per operation"],
      bench.rows.map((row) => [
        row.operations,
        kb(row.specBytes),
        ...stageNames.map((name) => {
          const s = row.stages.find((stage) => stage.stage === name);
          if (s === undefined) return "not run";
          if (s.failure === "out of memory") return `**out of memory** after ${ms(s.ms)}`;
          if (s.failure === "timeout") return `**stopped** at ${ms(s.ms)}`;
          return `${ms(s.ms)} / ${mib(s.peakRssMiB)}`;
        }),
        row.stages.some((s) => s.failure) ? `over ${ms(row.totalMs)}` : ms(row.totalMs),
        `${(row.totalMs / row.operations).toFixed(1)} ms`,
      ]),
    ),
  ];
  const growth = bench.rows.slice(1).map((row, i) => {
    const previous = bench.rows[i]!;
    return `${previous.operations}→${row.operations} operations (${x(row.operations / previous.operations)}): pipeline ${x(row.totalMs / previous.totalMs)}`;
  });
  if (growth.length > 0) out.push("", `Growth: ${growth.join("; ")}.`);
  const thousand = bench.rows.find((row) => row.operations === 1000);
  if (thousand !== undefined) {
    out.push(
      "",
      `Goal: 1,000 operations through the whole pipeline under ${ms(GOAL.pipeline1000Ms)}. Measured ${ms(thousand.totalMs)}: ${thousand.totalMs < GOAL.pipeline1000Ms ? "met" : "NOT met"}${bench.docsMissing ? " (without the docs stage)" : ""}.`,
    );
  }
  if (bench.docsMissing !== undefined) {
    out.push("", `Docs build: not run, ${bench.docsMissing}.`);
  } else {
    out.push(
      "",
      table(
        [
          "operations",
          "docs files",
          "index.html first load",
          "largest page first load",
          `within ${kb(GOAL.firstLoadBytes)}`,
        ],
        bench.rows.map((row) => [
          row.operations,
          row.docs?.files ?? "n/a",
          row.docs ? kb(row.docs.indexFirstLoadBytes) : "n/a",
          row.docs ? kb(row.docs.largestFirstLoadBytes) : "n/a",
          row.docs ? (row.docs.largestFirstLoadBytes <= GOAL.firstLoadBytes ? "yes" : "NO") : "n/a",
        ]),
      ),
    );
  }
  out.push("", PIPELINE_FINDINGS);
  return out.join("\n");
}

// Measured by hand on 2026-12-01 (this machine, 1,000 operations), not by every run.
const PIPELINE_FINDINGS = `Where the time goes: every stage pays Node start-up and module loading (the 10-operation row: 0.25–1.5 s a stage); Redocly's lint compiles a JSON Schema validator for every example it checks (\`no-invalid-media-type-examples\`, \`no-invalid-schema-examples\`): with those two rules off, lint at 1,000 operations took 1.67 s instead of 2.78 s. The stages run one after another, as turbo must run them (each reads the previous one's output).

Tried, did not help (measured once, 1,000 operations): Node's compile cache (\`NODE_COMPILE_CACHE\`) for the Redocly CLI, 1.23 s either way on spec/; openapi-typescript given an empty Redocly config so it skips its own "minimal" lint, 1.35–1.52 s either way; openapi-typescript's API on the parsed bundle instead of its CLI on the file, about the same (the bench now runs packages/types' own generator).`;

export function buildSection(bench: BuildBench): string {
  const row = (name: string, build: BuildBench["cold"]) => [
    name,
    ms(build.ms),
    `${build.cached}/${build.tasks}`,
    build.executed.length === 0 ? "none" : build.executed.join(", "),
  ];
  return [
    "## Build: `turbo run build`",
    "",
    `In a clean clone of commit ${bench.commit.slice(0, 12)} in a temp dir (install from the pnpm store, offline, frozen lockfile: ${ms(bench.installMs)}), with its own empty TURBO_CACHE_DIR. ` +
      "The remote cache is a self-hosted `turborepo-remote-cache` from npm on 127.0.0.1 (ephemeral port, local storage in a throwaway folder, random token), " +
      `and the second clone (installed in ${ms(bench.remoteInstallMs)}) points at it with TURBO_API, TURBO_TOKEN and TURBO_TEAM and an empty local cache.`,
    "",
    table(
      ["build", "time", "cache hits", "tasks executed"],
      [
        row("cold (empty local and remote cache)", bench.cold),
        row("warm (full local cache hit)", bench.warm),
        row(`one-line spec edit (${bench.specEdit.edit})`, bench.specEdit),
        row("second clean clone, remote cache", bench.remote),
      ],
    ),
    "",
    `Remote cache: ${bench.remote.cached}/${bench.remote.tasks} tasks replayed as hits, ${ms(bench.remote.ms)} against ${ms(bench.cold.ms)} cold (${x(bench.cold.ms / bench.remote.ms)} faster).`,
  ].join("\n");
}
