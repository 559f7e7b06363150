// pnpm test:runtimes: the packed client through one scenario in every runtime the README names.
// Prints a pass line per runtime, or each failed check with its runtime; exits 1 on any failure.
import { rm } from "node:fs/promises";
import type { CheckResult } from "../scenario/scenario.ts";
import { startGongServer } from "./gong-server.ts";
import { createConsumerProject } from "./project.ts";
import { allRuntimes, launchChromium, type Runtime, type RuntimeRun } from "./runtimes.ts";
import { startStaticServer } from "./static-server.ts";
import { typeCheckConsumers } from "./type-consumers.ts";
import { credentialCheck, headerCheck } from "./verify.ts";

const started = performance.now();
const seconds = (since: number) => `${((performance.now() - since) / 1000).toFixed(1)} s`;
let lap = started;
const time = (step: string) => {
  console.log(`  ${step}: ${seconds(lap)}`);
  lap = performance.now();
};

async function runOne(runtime: Runtime): Promise<{ name: string; results: CheckResult[]; took: string }> {
  const server = await startGongServer();
  const runStarted = performance.now();
  try {
    const run = await runtime.run(server.baseUrl).catch(
      (error: unknown): RuntimeRun => ({
        results: [{ check: "start", ok: false, detail: String((error as Error)?.stack ?? error) }],
        output: "",
        kind: "server",
      }),
    );
    const results = [
      ...run.results,
      headerCheck(run, server.requests),
      credentialCheck(server.requests, run.output),
    ];
    return { name: runtime.name, results, took: seconds(runStarted) };
  } finally {
    await server.close();
  }
}

function report({ name, results, took }: { name: string; results: CheckResult[]; took: string }): boolean {
  const failed = results.filter((result) => !result.ok);
  for (const { check, detail } of failed) console.log(`FAIL ${name}: ${check}: ${detail}`);
  const passed = results.length - failed.length;
  console.log(
    `${failed.length === 0 ? "PASS" : "FAIL"} ${name}: ${passed}/${results.length} checks passed (${took})`,
  );
  return failed.length === 0;
}

console.log("runtime matrix: packing @gongkit/types and @gongkit/client");
const project = await createConsumerProject(time);
const pages = await startStaticServer(project.pagesDir);
const browser = await launchChromium();
let ok = true;
try {
  const runtimes = await allRuntimes(project, browser, pages.origin);
  time("runtimes found");
  // All at once: each runtime mostly waits on its own server's timers (Retry-After, the limiter, the slow route).
  const [runs, types] = await Promise.all([
    Promise.all(runtimes.map(runOne)),
    typeCheckConsumers(project.dir),
  ]);
  for (const run of runs) ok = report(run) && ok;
  for (const run of types) ok = report(run) && ok;
} finally {
  await browser.close();
  await pages.close();
  if (ok) await rm(project.dir, { recursive: true, force: true });
  else console.log(`kept the consumer project for a look: ${project.dir}`);
}
console.log(`runtime matrix: ${ok ? "all passed" : "FAILED"} in ${seconds(started)}`);
process.exitCode = ok ? 0 : 1;
