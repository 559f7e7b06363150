// The fresh project every runtime runs in: the packed packages installed with npm outside the workspace,
// as a user gets them, plus the scenario as plain JavaScript and the bundles made from it.
import { mkdir, mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { outsideWorkspaceEnv } from "@gongkit/release-check/src/consumer-check.ts";
import { packPackages } from "@gongkit/release-check/src/pack-packages.ts";
import { runCommand } from "@gongkit/release-check/src/run-command.ts";
import { build as esbuild, transform } from "esbuild";
import { build as viteBuild } from "vite";

const scenarioDir = new URL("../scenario/", import.meta.url);

export interface ConsumerProject {
  dir: string;
  /** scenario/*.js, unbundled: what Node, Deno and Bun run. */
  scenarioDir: string;
  /** The module worker for workerd, bundled by esbuild with the conditions wrangler uses. */
  workerScript: string;
  /** dist/vite and dist/esbuild: the page built by each bundler. */
  pagesDir: string;
}

/** Packs both packages, installs the tarballs with npm into a new temp project and builds the bundles. */
export async function createConsumerProject(time: (step: string) => void): Promise<ConsumerProject> {
  const dir = await mkdtemp(join(tmpdir(), "gongkit-runtimes-"));
  const tarballs = await packPackages(
    await mkdir(join(dir, "tarballs"), { recursive: true }).then(() => join(dir, "tarballs")),
  );
  time("pack");
  await writeFile(
    join(dir, "package.json"),
    JSON.stringify({ name: "gongkit-runtimes", private: true, type: "module" }),
  );
  const install = await runCommand(
    "npm",
    ["install", "--no-audit", "--no-fund", "--ignore-scripts", ...tarballs, "@types/node@24"],
    {
      cwd: dir,
      env: outsideWorkspaceEnv(),
    },
  );
  if (install.code !== 0) throw new Error(`npm install of the packed packages failed:\n${install.output}`);
  time("npm install");
  const scenario = join(dir, "scenario");
  await mkdir(scenario);
  await copyScenarioAsJavaScript(scenario);
  const workerScript = join(dir, "dist", "worker.js");
  // What wrangler's bundler does for a module worker: esbuild, ESM, the workerd/worker/browser conditions.
  await esbuild({
    entryPoints: [join(scenario, "worker-entry.js")],
    outfile: workerScript,
    bundle: true,
    format: "esm",
    platform: "neutral",
    conditions: ["workerd", "worker", "browser"],
    mainFields: ["browser", "module", "main"],
    target: "es2022",
    logLevel: "warning",
  });
  const pagesDir = join(dir, "dist");
  await esbuild({
    entryPoints: [join(scenario, "page-entry.js")],
    outfile: join(pagesDir, "esbuild", "app.js"),
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    target: "es2022",
    logLevel: "warning",
  });
  const html = await readFile(join(scenario, "index.html"), "utf8");
  await writeFile(join(pagesDir, "esbuild", "index.html"), html.replace("./page-entry.js", "./app.js"));
  await viteBuild({
    root: scenario,
    base: "./",
    mode: "production",
    configFile: false,
    logLevel: "warn",
    build: { outDir: join(pagesDir, "vite"), emptyOutDir: true },
  });
  time("bundles (esbuild worker, esbuild page, vite page)");
  return { dir, scenarioDir: scenario, workerScript, pagesDir };
}

/** scenario/*.ts with the types stripped (imports untouched), and index.html pointing at the .js entry. */
async function copyScenarioAsJavaScript(outDir: string): Promise<void> {
  for (const name of await readdir(scenarioDir)) {
    const text = await readFile(new URL(name, scenarioDir), "utf8");
    if (name.endsWith(".ts")) {
      const { code } = await transform(text, { loader: "ts", format: "esm", target: "es2022" });
      await writeFile(join(outDir, name.replace(/\.ts$/, ".js")), code);
    } else {
      await writeFile(join(outDir, name), text.replace("./page-entry.ts", "./page-entry.js"));
    }
  }
}
