// `pnpm bench`'s scale section: each pipeline stage, as its own process, on synthetic specs of
// 10 to 5,000 operations in a temp dir (the repo's spec is never touched).
import { existsSync } from "node:fs";
import { mkdir, mkdtemp, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import { generateSpec, OPERATIONS_PER_RESOURCE } from "@gongkit/synthetic-spec";
import { redoclyConfig } from "@gongkit/synthetic-spec/redocly-config";
import { packageBin } from "../package-bin.ts";
import { CommandFailed, runMeasured } from "../run-measured.ts";
import { createConsumerProject } from "./consumer-project.ts";

export interface StageResult {
  stage: string;
  ms: number;
  peakRssMiB: number | undefined;
  /** Set when the stage did not finish: it ran out of memory, hit STAGE_TIMEOUT_MS or failed. */
  failure?: "out of memory" | "timeout" | "exit";
}

/** A stage still running after this long is stopped and reported as such (keeps `pnpm bench` short). */
export const STAGE_TIMEOUT_MS = 60_000;

export interface DocsSite {
  files: number;
  indexFirstLoadBytes: number;
  largestFirstLoadBytes: number;
}

export interface ScaleRow {
  operations: number;
  specBytes: number;
  stages: StageResult[];
  /** Sum of the stages' wall times: the whole pipeline, one stage after another. */
  totalMs: number;
  docs: DocsSite | undefined;
}

/** `node packages/docs-site/scripts/build.ts` on the repo's own spec: the site as it is deployed. */
export interface RepoDocsBuild {
  /** Wall time of each run, in the order run. */
  runsMs: number[];
  medianMs: number;
  peakRssMiB: number | undefined;
  files: number;
}

export interface ScaleBench {
  rows: ScaleRow[];
  /** Why the docs stage did not run, when it did not. */
  docsMissing: string | undefined;
  /** The docs build from the repo's spec, when the docs site is there. */
  repoDocs?: RepoDocsBuild;
}

const require = createRequire(import.meta.url);
// packages/types' own generator, run on the synthetic spec.
const typesGenerator = join(dirname(require.resolve("@gongkit/types/package.json")), "scripts/generate.ts");
const stage = (name: string) => fileURLToPath(new URL(`./stages/${name}`, import.meta.url));
const QUIET = { REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true", NO_COLOR: "1" };

/** Why the docs site's generator cannot run yet, or undefined when it can. */
export function docsSiteMissing(): string | undefined {
  let dir: string;
  try {
    dir = dirname(require.resolve("@gongkit/docs-site/package.json"));
  } catch {
    return "@gongkit/docs-site is not installed";
  }
  for (const file of ["src/build-site.ts", "src/samples/write-samples.ts"]) {
    if (!existsSync(join(dir, file))) return `@gongkit/docs-site has no ${file} yet`;
  }
  return undefined;
}

async function runSize(root: string, operations: number, docsMissing: string | undefined): Promise<ScaleRow> {
  const dir = join(root, String(operations));
  await mkdir(dir, { recursive: true });
  const specText = JSON.stringify(generateSpec(operations), null, 2);
  const specPath = join(dir, "openapi.json");
  await writeFile(specPath, specText);
  await writeFile(join(dir, "redocly.yaml"), await redoclyConfig());
  const project = await createConsumerProject(join(dir, "consumer"), operations / OPERATIONS_PER_RESOURCE);

  const node = process.execPath;
  const stages: StageResult[] = [];
  const measure = async (name: string, args: string[], cwd = dir) => {
    try {
      const result = await runMeasured(node, args, { cwd, env: QUIET, timeoutMs: STAGE_TIMEOUT_MS });
      stages.push({ stage: name, ms: result.ms, peakRssMiB: result.peakRssMiB });
      return result;
    } catch (error) {
      if (!(error instanceof CommandFailed) || error.reason === "exit") throw error;
      stages.push({ stage: name, ms: error.ms, peakRssMiB: undefined, failure: error.reason });
      return undefined;
    }
  };
  // spec/'s build: lint, then bundle to the JSON every later stage reads.
  const bundlePath = join(dir, "bundled.json");
  const redocly = packageBin("@redocly/cli", "redocly");
  await measure("lint (redocly)", [redocly, "lint"]);
  await measure("bundle (redocly)", [redocly, "bundle", specPath, "--output", bundlePath, "--ext", "json"]);
  await measure("types (openapi-typescript)", [typesGenerator, bundlePath, dirname(project.typesFile)]);
  await measure("client codegen", [stage("client-codegen.ts"), bundlePath, project.resourcesFile]);
  await measure("type-check consumer (tsc)", [
    packageBin("typescript", "tsc"),
    "-p",
    join(project.dir, "tsconfig.json"),
  ]);
  let docs: DocsSite | undefined;
  if (docsMissing === undefined) {
    const result = await measure("docs build", [stage("docs-build.ts"), bundlePath, join(dir, "docs")]);
    if (result !== undefined) docs = JSON.parse(result.stdout.trim().split("\n").at(-1)!) as DocsSite;
  }
  await rm(dir, { recursive: true, force: true });
  return {
    operations,
    specBytes: Buffer.byteLength(specText),
    stages,
    totalMs: stages.reduce((sum, s) => sum + s.ms, 0),
    docs,
  };
}

/**
 * Runs the docs site's own build script `runs` times on the repo's spec. It rewrites
 * packages/docs-site/dist/ with what `turbo run build` (run before every bench) just wrote there.
 */
export async function measureRepoDocsBuild(runs: number): Promise<RepoDocsBuild> {
  const dir = dirname(require.resolve("@gongkit/docs-site/package.json"));
  const measured = [];
  for (let i = 0; i < runs; i++) {
    measured.push(
      await runMeasured(process.execPath, [join(dir, "scripts/build.ts")], {
        cwd: dir,
        env: QUIET,
        timeoutMs: STAGE_TIMEOUT_MS,
      }),
    );
  }
  const runsMs = measured.map((m) => m.ms);
  const sorted = [...runsMs].sort((a, b) => a - b);
  return {
    runsMs,
    medianMs: sorted[Math.floor(sorted.length / 2)]!,
    peakRssMiB: Math.max(...measured.map((m) => m.peakRssMiB ?? 0)) || undefined,
    files: Number(/(\d+) files/.exec(measured.at(-1)!.stdout)?.[1] ?? Number.NaN),
  };
}

export async function runScaleBench(
  sizes: readonly number[],
  log: (line: string) => void,
  { repoSpecRuns = 3 }: { repoSpecRuns?: number } = {},
): Promise<ScaleBench> {
  const root = await mkdtemp(join(tmpdir(), "gongkit-scale-"));
  const docsMissing = docsSiteMissing();
  const rows: ScaleRow[] = [];
  let repoDocs: RepoDocsBuild | undefined;
  if (docsMissing === undefined && repoSpecRuns > 0) {
    log(`scale: the docs site from the repo's spec, ${repoSpecRuns} run(s)...`);
    repoDocs = await measureRepoDocsBuild(repoSpecRuns);
  }
  try {
    for (const operations of sizes) {
      log(`scale: ${operations} operations...`);
      rows.push(await runSize(root, operations, docsMissing));
    }
  } finally {
    await rm(root, { recursive: true, force: true });
  }
  return repoDocs === undefined ? { rows, docsMissing } : { rows, docsMissing, repoDocs };
}
