// Each runtime of the matrix: how to run the scenario in it and get its results and everything it printed.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { arch, platform } from "node:os";
import { dirname, join } from "node:path";
import type { Readable } from "node:stream";
import { findNodes } from "@gongkit/release-check/src/find-nodes.ts";
import { runCommand } from "@gongkit/release-check/src/run-command.ts";
import { Log, LogLevel, Miniflare } from "miniflare";
import { type Browser, chromium } from "playwright-core";
import type { CheckResult } from "../scenario/scenario.ts";
import type { ConsumerProject } from "./project.ts";

export interface RuntimeRun {
  results: CheckResult[];
  /** Everything the runtime printed (stdout, stderr, console), checked for credentials. */
  output: string;
  /** For the header checks: a browser page sends no x-gongkit-client and no User-Agent of ours. */
  kind: "server" | "browser";
  /** The page's origin, for a browser run. */
  origin?: string;
}

export interface Runtime {
  name: string;
  run(baseUrl: string): Promise<RuntimeRun>;
}

const runtimesPackage = createRequire(
  createRequire(import.meta.url).resolve("@gongkit/runtimes/package.json"),
);

/** The results line printed by scenario/cli-entry.ts. */
function parseCliRun(code: number, output: string): RuntimeRun {
  const line = output.split("\n").find((text) => text.startsWith("RESULTS "));
  const results: CheckResult[] = line
    ? JSON.parse(line.slice("RESULTS ".length))
    : [{ check: "start", ok: false, detail: `exit ${code} before any result:\n${output.slice(-2000)}` }];
  if (line && code !== 0) results.push({ check: "exit", ok: false, detail: `exit code ${code}` });
  return { results, output, kind: "server" };
}

function cliRuntime(
  name: string,
  command: string,
  args: (entry: string) => string[],
  project: ConsumerProject,
): Runtime {
  return {
    name,
    async run(baseUrl) {
      const entry = join(project.scenarioDir, "cli-entry.js");
      const { code, output } = await runCommand(command, [...args(entry), name, baseUrl], {
        cwd: project.dir,
        env: { PATH: process.env.PATH ?? "", HOME: process.env.HOME ?? "/tmp", DENO_NO_UPDATE_CHECK: "1" },
        timeoutMs: 60_000,
      });
      return parseCliRun(code, output);
    },
  };
}

/** Node 20 and 22 from the registry (tools/runtimes), this process's Node (the pinned 24) and any other on PATH. */
async function nodeRuntimes(project: ConsumerProject): Promise<Runtime[]> {
  const candidates = [
    runtimesPackage.resolve("node-20/bin/node"),
    runtimesPackage.resolve("node-22/bin/node"),
    process.execPath,
    ...(await findNodes()).map((node) => node.path),
  ];
  const byVersion = new Map<string, string>();
  for (const path of candidates) {
    const { code, output } = await runCommand(path, ["--version"], { cwd: "/" });
    if (code === 0 && !byVersion.has(output)) byVersion.set(output, path);
  }
  return [...byVersion]
    .sort(([a], [b]) => a.localeCompare(b, "en", { numeric: true }))
    .map(([version, path]) =>
      cliRuntime(`node ${version.replace(/^v/, "")}`, path, (entry) => [entry], project),
    );
}

/** Deno through the npm package's launcher, resolving @gongkit/client from the project's node_modules. */
async function denoRuntime(project: ConsumerProject): Promise<Runtime> {
  const launcher = runtimesPackage.resolve("deno/bin.cjs");
  const { output } = await runCommand(process.execPath, [launcher, "--version"], { cwd: project.dir });
  const version = output.match(/deno (\S+)/)?.[1] ?? "?";
  return cliRuntime(
    `deno ${version}`,
    process.execPath,
    (entry) => [launcher, "run", "--no-prompt", "--allow-net=127.0.0.1", entry],
    project,
  );
}

/** Bun's binary from its platform package (the `bun` package's install script, which links it, is not run). */
async function bunRuntime(project: ConsumerProject): Promise<Runtime> {
  const os = platform() === "win32" ? "windows" : platform();
  const cpu = arch() === "arm64" ? "aarch64" : arch();
  const bunRequire = createRequire(runtimesPackage.resolve("bun/package.json"));
  const binary = join(dirname(bunRequire.resolve(`@oven/bun-${os}-${cpu}/package.json`)), "bin", "bun");
  const { output } = await runCommand(binary, ["--version"], { cwd: project.dir });
  return cliRuntime(`bun ${output}`, binary, (entry) => [entry], project);
}

/** workerd through Miniflare 4: the esbuild-bundled module worker, no nodejs_compat flag. */
async function workerdRuntime(project: ConsumerProject): Promise<Runtime> {
  const requireHere = createRequire(import.meta.url);
  const miniflareRequire = createRequire(requireHere.resolve("miniflare"));
  const { version } = JSON.parse(await readFile(miniflareRequire.resolve("workerd/package.json"), "utf8"));
  return {
    name: `workerd ${version} (miniflare)`,
    async run(baseUrl) {
      let output = "";
      const collect = (stream: NodeJS.ReadableStream) =>
        stream.on("data", (chunk) => {
          output += String(chunk);
        });
      const mf = new Miniflare({
        modules: true,
        script: await readFile(project.workerScript, "utf8"),
        // No request.cf: Miniflare would fetch it from workers.cloudflare.com.
        cf: false,
        compatibilityDate: "2026-07-01",
        log: new Log(LogLevel.WARN),
        handleRuntimeStdio: (stdout: Readable, stderr: Readable) => {
          collect(stdout);
          collect(stderr);
        },
      });
      try {
        const response = await mf.dispatchFetch(`http://worker.local/?api=${encodeURIComponent(baseUrl)}`);
        const text = await response.text();
        output += text;
        if (!response.ok) {
          return {
            results: [{ check: "start", ok: false, detail: `worker answered ${response.status}: ${text}` }],
            output,
            kind: "server",
          };
        }
        return { results: JSON.parse(text), output, kind: "server" };
      } finally {
        await mf.dispose();
      }
    },
  };
}

/** Debian's chromium (never a downloaded build), started as the docs-site tests start it. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-quic",
      "--no-first-run",
      "--disable-background-networking",
      "--disable-component-update",
      "--disable-sync",
    ],
  });
}

/** A page built by `bundler`, served from `pagesOrigin` (another origin than the API), in Chromium. */
function chromiumRuntime(browser: Browser, bundler: "vite" | "esbuild", pagesOrigin: string): Runtime {
  return {
    name: `chromium ${browser.version()} (${bundler} bundle)`,
    async run(baseUrl) {
      const context = await browser.newContext();
      const page = await context.newPage();
      const output: string[] = [];
      page.on("console", (message) => output.push(`console.${message.type()}: ${message.text()}`));
      page.on("pageerror", (error) => output.push(`pageerror: ${error.message}`));
      try {
        await page.goto(`${pagesOrigin}/${bundler}/index.html?api=${encodeURIComponent(baseUrl)}`);
        const handle = await page.waitForFunction(
          () => (globalThis as { __scenario?: unknown }).__scenario,
          null,
          {
            timeout: 60_000,
          },
        );
        const results = (await handle.jsonValue()) as CheckResult[];
        return { results, output: output.join("\n"), kind: "browser", origin: pagesOrigin };
      } catch (error) {
        const detail = `${(error as Error).message}\n${output.join("\n")}`;
        return {
          results: [{ check: "page", ok: false, detail }],
          output: output.join("\n"),
          kind: "browser",
        };
      } finally {
        await context.close();
      }
    },
  };
}

export async function allRuntimes(
  project: ConsumerProject,
  browser: Browser,
  pagesOrigin: string,
): Promise<Runtime[]> {
  return [
    ...(await nodeRuntimes(project)),
    await denoRuntime(project),
    await bunRuntime(project),
    await workerdRuntime(project),
    chromiumRuntime(browser, "vite", pagesOrigin),
    chromiumRuntime(browser, "esbuild", pagesOrigin),
  ];
}
