// Starts worker processes (worker.ts), lets them go at once, and collects their reports.
import { fork } from "node:child_process";
import type { WorkerReport, WorkerTask } from "./worker.ts";

const WORKER = new URL("./worker.ts", import.meta.url).pathname;

export interface Run {
  reports: WorkerReport[];
  /** From "go" to the last report, in ms. */
  ms: number;
}

/** Runs one worker per task, all released together once each is ready; `during` runs after the release. */
export async function runWorkers(tasks: WorkerTask[], during?: () => Promise<void>): Promise<Run> {
  const children = tasks.map((task) =>
    fork(WORKER, [JSON.stringify(task)], { stdio: ["ignore", "inherit", "inherit", "ipc"] }),
  );
  try {
    // A worker that dies before it is ready (a broken build, a bad task) fails the run instead of hanging it.
    await Promise.all(
      children.map(
        (child) =>
          new Promise<void>((resolve, reject) => {
            child.once("message", () => resolve());
            child.once("exit", (code) => reject(new Error(`a worker exited (${code}) before it was ready`)));
          }),
      ),
    );
    const reports = children.map(
      (child) =>
        new Promise<WorkerReport>((resolve, reject) => {
          child.once("message", (message) => resolve(message as WorkerReport));
          child.once("exit", (code) => reject(new Error(`a worker exited (${code}) without its report`)));
        }),
    );
    const started = performance.now();
    for (const child of children) child.send("go");
    await during?.();
    const done = await Promise.all(reports);
    return { reports: done, ms: performance.now() - started };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}
