// Each benchmark section as Markdown: printed by `pnpm bench`, and the body of BENCHMARKS.md.
import type { BuildBench } from "../build/run-build-bench.ts";
import type { ClientBench } from "../client/run-client-bench.ts";
import type { ExportAtLimit } from "../gong-cli/export-at-limit.ts";
import type { CliBench } from "../gong-cli/run-cli-bench.ts";
import type { Startup } from "../gong-cli/startup.ts";
import type { AtLimitRun } from "../limit/at-limit.ts";
import type { LimitBench } from "../limit/run-limit-bench.ts";
import type { Machine } from "../machine.ts";
import type { ScaleBench } from "../scale/run-scale-bench.ts";
import type { SizeCheck } from "../size/measure-bundle-size.ts";
import { BUDGET_PER_OPERATION_BYTES, type OperationGrowth } from "../size/operation-growth.ts";
import type { UploadBench } from "../upload/run-upload-bench.ts";
import { UPLOAD_BOUND_MIB, type UploadMemory } from "../upload/upload-memory.ts";
import type { WorkersRun } from "../workers/many-workers.ts";
import type { WorkersBench } from "../workers/run-workers-bench.ts";
import type { SlotCost, SlotCostKind } from "../workers/slot-cost.ts";
import { fileSize, kb, mib, ms, plusMib, table, us, x } from "./table.ts";

// The issue's goals, shown beside the figures.
const GOAL = {
  stubbedVsOpenapi: 1.25,
  loopbackVsOpenapi: 1.08,
  pipeline1000Ms: 10_000,
  /** The docs site from the repo's spec, `node packages/docs-site/scripts/build.ts`, on this 2-core machine. */
  repoDocsBuildMs: 10_000,
  firstLoadBytes: 500 * 1024,
  /** Issue 10: the burst plus pagination within this much of the bound. */
  atLimitOfBound: 1.1,
  /** Many workers sharing the limit through Redis: the same, over every worker's requests. */
  workersOfBound: 1.1,
  /** A free slot costs one Redis round trip: acquire under two PINGs' time. */
  slotCostOfPing: 2,
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

/** Calls that failed over every worker: each users.get, and each listing ended early. */
export function workersFailedCalls(run: WorkersRun): number {
  const sum = (counts: Record<string, number>) => Object.values(counts).reduce((a, b) => a + b, 0);
  return sum(run.getFailures) + sum(run.listFailures);
}

/** Calls a run makes: every worker's users.get, and one listing per worker. */
const workersCalls = (run: WorkersRun) => run.options.workers * (run.options.gets + 1);

/** The goal for workers sharing the limit: zero 429s, every call through, within 1.10x the bound. */
export function workersVerdict(run: WorkersRun): { met: boolean; why: string[] } {
  const why: string[] = [];
  const failed = workersFailedCalls(run);
  const users = run.options.workers * run.options.users;
  if (run.rejected429 > 0) why.push(`${run.rejected429} responses of 429`);
  if (failed > 0) why.push(`${failed} calls failed`);
  if (run.listed !== users) why.push(`${run.listed} of ${users} users listed`);
  if (run.ms > run.boundMs * GOAL.workersOfBound) why.push(`${x(run.ms / run.boundMs)} the bound`);
  return { met: why.length === 0, why };
}

function workersFailures(run: WorkersRun): string {
  const failed = workersFailedCalls(run);
  if (failed === 0) return "none";
  const parts = [
    ...Object.entries(run.getFailures).map(([name, count]) => `${count} users.get: ${name}`),
    ...Object.entries(run.listFailures).map(([name, count]) => `${count} listings: ${name}`),
  ];
  return `${failed} (${parts.join("; ")})`;
}

const workersLimit = (run: WorkersRun) =>
  run.shared ? "one Redis key (`redisRateLimit`)" : "each its own limiter (control)";

const workersRequests = (run: WorkersRun) => {
  const gets = run.options.workers * run.options.gets;
  return `${gets} + ${run.requests - gets} pages`;
};

/** One run's figures on one line, as `pnpm bench` prints them while it runs. */
export function workersLine(run: WorkersRun): string {
  const verdict = run.shared
    ? (({ met, why }) => (met ? "met" : `NOT met (${why.join(", ")})`))(workersVerdict(run))
    : "the control";
  return `workers: ${workersLimit(run)}: ${workersRequests(run)}, ${run.arrivals} arrivals, ${run.rejected429} 429s, ${workersFailedCalls(run)} failed calls, ${ms(run.ms)}, ${x(run.ms / run.boundMs)} the bound (${ms(run.boundMs)}): ${verdict}`;
}

const slotResult = (cost: SlotCost, kind: SlotCostKind) => cost.results.find((r) => r.kind === kind);

/** A kind's cost in PINGs: the median over rounds of its round median over PING's (NaN if not run). */
export function slotCostRatio(cost: SlotCost, kind: SlotCostKind): number {
  return slotResult(cost, kind)?.perPing.median ?? Number.NaN;
}

const slotVerdict = (ratio: number) => (ratio < GOAL.slotCostOfPing ? "met" : "NOT met");

export function slotCostLine(cost: SlotCost): string {
  const figures = cost.results
    .filter((r) => r.kind !== "PING")
    .map((r) => `${r.kind} ${us(r.medianUs)} (${x(r.perPing.median)})`);
  return `workers: a free slot: ${figures.join(", ")}; PING ${us(slotResult(cost, "PING")?.medianUs ?? Number.NaN)}`;
}

export function workersSection(bench: WorkersBench): string {
  const out = [
    "## Workers: one limit shared through Redis",
    "",
    "Worker Node processes (`fork`, each running the built `@gongkit/client` and `@gongkit/redis`) against `@gongkit/mock-server/strict-limit` (429 with `Retry-After: 1` to any request that would make more than 3 arrivals within 1,000 ms) and a redis-server on 127.0.0.1 started by `@gongkit/mock-server/redis`. " +
      "Each worker makes its concurrent `gong.users.get(id)` calls and a full `for await (const user of gong.users.list())`; every worker waits for the bench's go, so all start together. " +
      "Shared: every worker's client is created with `rateLimit: redisRateLimit({ url, key })`, one key for all; the control: each keeps the client's default in-process limiter. " +
      "Time: from the release to the last worker's report. Bound: as at Gong's limit, (requests − 3) / 3 s over every worker's requests.",
  ];
  if (bench.skipped !== undefined) {
    out.push("", `Skipped: ${bench.skipped}.`);
    return out.join("\n");
  }
  const [first] = bench.runs;
  if (first !== undefined) {
    const { workers, gets, users, pageSize } = first.options;
    out.push(
      "",
      `${workers} workers, each ${gets} \`users.get\` and a ${users}-user listing (${pageSize} a page).`,
      "",
      table(
        [
          "limit",
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
          workersLimit(run),
          workersRequests(run),
          run.arrivals,
          run.rejected429,
          ms(run.ms),
          ms(run.boundMs),
          x(run.ms / run.boundMs),
          `${run.getsSucceeded}/${run.options.workers * run.options.gets}`,
          `${run.listed}/${run.options.workers * run.options.users}`,
          workersFailures(run),
        ]),
      ),
    );
  }
  const shared = bench.runs.find((run) => run.shared);
  if (shared !== undefined) {
    const { met, why } = workersVerdict(shared);
    const counted =
      shared.redisCounted === undefined ? "" : ` Redis counted ${shared.redisCounted} requests on the key.`;
    out.push(
      "",
      `Goal: zero 429s, every call succeeding, at most ${x(GOAL.workersOfBound)} the bound. Measured ${shared.rejected429} 429s, ${x(shared.ms / shared.boundMs)} the bound: ${met ? "met" : `NOT met (${why.join(", ")})`}.${counted}`,
    );
  }
  const control = bench.runs.find((run) => !run.shared);
  if (control !== undefined) {
    out.push(
      "",
      `The control: ${control.rejected429} of ${control.arrivals} arrivals answered 429, ${workersFailedCalls(control)} of ${workersCalls(control)} calls failed, in ${ms(control.ms)}.`,
    );
  }
  if (bench.slotCost !== undefined) out.push("", slotCostSection(bench.slotCost));
  return out.join("\n");
}

function slotCostSection(cost: SlotCost): string {
  const { calls, rounds, warmUp } = cost.options;
  const what: Record<SlotCostKind, string> = {
    "acquire + answered()":
      "`await limiter.acquire(...)`, then `slot.answered()`, `requestsPerSecond: 1000` (a list of 1,001 sends)",
    "acquire + answered(), list at 4":
      "the same on another key, its list of sends cut to 4 before each call, untimed",
    "acquire alone, list at 4": "the same, without `slot.answered()`",
    PING: "`await redis.ping()` on an ioredis client",
  };
  const verdicts = cost.results
    .filter((r) => r.kind !== "PING")
    .map((r) => `${r.kind}: ${x(r.perPing.median)}, ${slotVerdict(r.perPing.median)}`);
  return [
    "### What a free slot costs",
    "",
    `In the bench's process, against the same redis-server: ${calls} sequential \`limiter.acquire(undefined, { maxWaitMs: 60000, timeoutMs: 60000 })\` + \`slot.answered()\` on a \`redisRateLimit\` with \`requestsPerSecond: 1000\` (every slot free), against ${calls} sequential PINGs on an ioredis client, in ${rounds} interleaved rounds after ${warmUp} untimed calls of each. Ratios are paired per round (each round's median over PING's in the same round), median and interquartile range over rounds. ` +
      "`answered()` is not waited for: it sends its script and returns, as in the client, so its command goes out on the limiter's connection ahead of the next acquire. " +
      "At `requestsPerSecond: 1000` (the most it takes) the limiter keeps the last 1,001 sends in Redis, and `answered()`'s script reads all of them; the second and third rows cut the list back to the 4 entries `requestsPerSecond: 3` keeps before each call, the third without calling `answered()`.",
    "",
    table(
      ["call", "median per call", "each round's median, µs", "/ PING, per round", "p25–p75"],
      cost.results.map((r) => [
        `${r.kind}: ${what[r.kind]}`,
        us(r.medianUs),
        r.roundsUs.map((value) => value.toFixed(1)).join(", "),
        x(r.perPing.median),
        `${x(r.perPing.p25)}–${x(r.perPing.p75)}`,
      ]),
    ),
    "",
    `Claim: a free slot costs one Redis round trip, so under ${x(GOAL.slotCostOfPing)} a PING. Measured ${verdicts.join("; ")}.`,
  ].join("\n");
}

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
  if (bench.repoDocs !== undefined) {
    const { runsMs, medianMs, peakRssMiB, files } = bench.repoDocs;
    out.push(
      "",
      `Docs site from the repo's spec (\`node packages/docs-site/scripts/build.ts\`, ${files} files): ${ms(medianMs)} median of ${runsMs.length} (${runsMs.map(ms).join(", ")}), peak ${mib(peakRssMiB)}. Goal: within ${ms(GOAL.repoDocsBuildMs)}: ${medianMs <= GOAL.repoDocsBuildMs ? "met" : "NOT met"}.`,
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

/** The CLI's goals: start-up within 2x Node's own; the export at Gong's limit within 1.10x its bound. */
const CLI_GOAL = { startupOfNode: 2, exportOfBound: 1.1 };

const metOrNot = (met: boolean) => (met ? "met" : "NOT met");
const thousands = (n: number) => n.toLocaleString("en-US");

export const cliStartupRatio = (startup: Startup) => startup.gongMedianMs / startup.nodeMedianMs;

export function cliStartupLine(startup: Startup): string {
  const ratio = cliStartupRatio(startup);
  return `cli: gong --version ${ms(startup.gongMedianMs)}, node -e 0 ${ms(startup.nodeMedianMs)} (medians of ${startup.rounds}): ${x(ratio)} (goal at most ${x(CLI_GOAL.startupOfNode)}: ${metOrNot(ratio <= CLI_GOAL.startupOfNode)})`;
}

/** The export's goals: no more requests than the pages, none refused, every record written, time within 1.10x. */
export function cliExportVerdict(run: ExportAtLimit): { met: boolean; why: string[] } {
  const why: string[] = [];
  const { calls, users } = run.options;
  if (run.requests > run.requestBound)
    why.push(`${run.requests} requests, over the bound ${run.requestBound}`);
  if (run.rejected429 > 0) why.push(`${run.rejected429} responses of 429`);
  if (run.written.calls !== calls || run.written.transcripts !== calls || run.written.users !== users) {
    why.push(
      `${run.written.calls}/${calls} calls, ${run.written.transcripts}/${calls} transcripts, ${run.written.users}/${users} users written`,
    );
  }
  if (run.ms > run.boundMs * CLI_GOAL.exportOfBound) why.push(`${x(run.ms / run.boundMs)} the time bound`);
  return { met: why.length === 0, why };
}

/** The export's figures, a line each: requests, then time. */
export function cliExportLines(run: ExportAtLimit): string[] {
  const { calls, users } = run.options;
  return [
    `cli: gong export of ${thousands(calls)} calls and ${thousands(users)} users: ${run.requests} requests (bound ceil(${calls}/100)*2 + ceil(${users}/100) = ${run.requestBound}: ${metOrNot(run.requests <= run.requestBound)}), ${run.rejected429} 429s, written ${thousands(run.written.calls)} calls, ${thousands(run.written.transcripts)} transcripts, ${thousands(run.written.users)} users`,
    `cli: gong export time ${ms(run.ms)}, bound ${ms(run.boundMs)} (${run.requests} requests at 3/s): ${x(run.ms / run.boundMs)} (goal at most ${x(CLI_GOAL.exportOfBound)}: ${metOrNot(run.ms <= run.boundMs * CLI_GOAL.exportOfBound)})`,
  ];
}

export function cliSection(bench: CliBench): string {
  const { startup, export: run } = bench;
  const ratio = cliStartupRatio(startup);
  const { met, why } = cliExportVerdict(run);
  return [
    "## The CLI: `gong`",
    "",
    `Start-up: the built \`gong --version\` (packages/cli/dist/bin.js, which loads only its version for it) and \`node -e 0\`, each spawned ${startup.rounds} times with the same Node, interleaved; the wall time from spawn to exit, median.`,
    "",
    table(
      ["command", "median", "min", "max"],
      [
        [
          "`gong --version`",
          ms(startup.gongMedianMs),
          ms(Math.min(...startup.gongMs)),
          ms(Math.max(...startup.gongMs)),
        ],
        [
          "`node -e 0`",
          ms(startup.nodeMedianMs),
          ms(Math.min(...startup.nodeMs)),
          ms(Math.max(...startup.nodeMs)),
        ],
      ],
    ),
    "",
    `Goal: at most ${x(CLI_GOAL.startupOfNode)} Node's own start. Measured ${x(ratio)}: ${metOrNot(ratio <= CLI_GOAL.startupOfNode)}.`,
    "",
    `Export: \`gong export --out DIR --from … --to …\` of ${thousands(run.options.calls)} calls and ${thousands(run.options.users)} users (every stream: extensive calls with parties and content, their transcripts, users) against \`@gongkit/mock-server/simulator\`, which holds Gong's 3 requests per second strictly (429 with \`Retry-After: 1\` past it); the CLI keeps its client's defaults (its own 3-per-second limiter). ` +
      "Request bound: a page of calls and one of their transcripts per 100 calls, and a page per 100 users, ceil(calls/100)*2 + ceil(users/100). Time: from spawn to exit, Node's start included; bound: the requests at 3 per second.",
    "",
    table(
      [
        "requests",
        "request bound",
        "429s",
        "written (calls, transcripts, users)",
        "time",
        "time bound",
        "time / bound",
      ],
      [
        [
          run.requests,
          run.requestBound,
          run.rejected429,
          `${thousands(run.written.calls)}, ${thousands(run.written.transcripts)}, ${thousands(run.written.users)}`,
          ms(run.ms),
          ms(run.boundMs),
          x(run.ms / run.boundMs),
        ],
      ],
    ),
    "",
    `Goal: within the request bound, no 429, every record written, at most ${x(CLI_GOAL.exportOfBound)} the time bound. Measured ${run.requests} of ${run.requestBound} requests, ${x(run.ms / run.boundMs)} the time bound: ${met ? "met" : `NOT met (${why.join(", ")})`}.`,
  ].join("\n");
}
