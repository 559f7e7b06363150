// Many worker processes at Gong's limit: 4 forked Node processes (worker-child.ts, the built packages),
// each with a burst of concurrent `users.get` and a full `users.list()` listing, released together
// against the strict server (any 4th arrival within 1,000 ms is answered 429). Their limit is shared
// through one Redis key, or, as the control, each holds the client's own in-process limiter.
import { type ChildProcess, fork } from "node:child_process";
import { fileURLToPath } from "node:url";
import { startStrictLimitServer } from "@gongkit/mock-server/strict-limit";
import { limitBoundMs, pagesOf, STRICT_LIMIT, tally } from "../limit/at-limit.ts";
import type { WorkerReport, WorkerTask } from "./worker-child.ts";

const CHILD = fileURLToPath(new URL("./worker-child.ts", import.meta.url));

export interface WorkersOptions {
  workers: number;
  /** Concurrent users.get per worker. */
  gets: number;
  /** Users the server's list holds: each worker lists them all. */
  users: number;
  pageSize: number;
}

/** The figures: 4 workers, each 15 users.get and a 150-user listing of 3 pages. */
export const WORKERS_BENCH_DEFAULTS: WorkersOptions = { workers: 4, gets: 15, users: 150, pageSize: 50 };

export interface WorkersRun {
  options: WorkersOptions;
  /** True: one redisRateLimit key for all; false: each worker its own in-process limiter (the control). */
  shared: boolean;
  /** Requests the work needs: one per users.get, one per page, over every worker. */
  requests: number;
  /** Requests that reached the server, retries included. */
  arrivals: number;
  rejected429: number;
  /** From the release ("go" sent to every worker) to the last worker's report. */
  ms: number;
  boundMs: number;
  getsSucceeded: number;
  /** Error class names of the users.get calls that failed, with how many. */
  getFailures: Record<string, number>;
  /** Users listed, over every worker. */
  listed: number;
  /** Error class names that ended listings early, with how many. */
  listFailures: Record<string, number>;
  /** The most requests any worker read from Redis's count for the key at its end (shared only). */
  redisCounted: number | undefined;
}

/** Runs one worker per task, all released together once each is ready, and collects their reports. */
async function runChildren(tasks: WorkerTask[]): Promise<{ reports: WorkerReport[]; ms: number }> {
  const children = tasks.map((task) =>
    fork(CHILD, [JSON.stringify(task)], { stdio: ["ignore", "inherit", "inherit", "ipc"] }),
  );
  // The next message of a worker; a worker that exits first (a crash, a module that fails to load) fails
  // the run instead of leaving it waiting.
  const next = <T>(child: ChildProcess, what: string) =>
    new Promise<T>((resolve, reject) => {
      const onExit = (code: number | null) => reject(new Error(`a worker exited (${code}) before ${what}`));
      child.once("exit", onExit);
      child.once("message", (message) => {
        child.off("exit", onExit);
        resolve(message as T);
      });
    });
  try {
    await Promise.all(children.map((child) => next(child, "it was ready")));
    const reports = children.map((child) => next<WorkerReport>(child, "its report"));
    const started = performance.now();
    for (const child of children) child.send("go");
    const done = await Promise.all(reports);
    return { reports: done, ms: performance.now() - started };
  } finally {
    for (const child of children) if (child.exitCode === null) child.kill();
  }
}

/**
 * The workers against a fresh strict server (stopped after), their limit shared through `redis` (one
 * key for all), or, without it, each worker's own in-process limiter.
 */
export async function runManyWorkers(
  options: WorkersOptions,
  redis?: { url: string; key: string },
): Promise<WorkersRun> {
  const { workers, gets, users, pageSize } = options;
  const server = await startStrictLimitServer({ ...STRICT_LIMIT, users, pageSize });
  try {
    const tasks = Array.from({ length: workers }, (_, i) => ({
      baseUrl: server.url,
      redis,
      gets,
      idBase: (i + 1) * 1000,
    }));
    const { reports, ms } = await runChildren(tasks);
    const requests = workers * (gets + pagesOf(users, pageSize));
    const counted = reports.flatMap((r) => (r.redisToday === undefined ? [] : [r.redisToday]));
    return {
      options,
      shared: redis !== undefined,
      requests,
      arrivals: server.arrivals.length,
      rejected429: server.rejected(),
      ms,
      boundMs: limitBoundMs(requests),
      getsSucceeded: reports.reduce((sum, r) => sum + r.getsSucceeded, 0),
      getFailures: tally(reports.flatMap((r) => r.getFailures)),
      listed: reports.reduce((sum, r) => sum + r.listed, 0),
      listFailures: tally(reports.flatMap((r) => (r.listFailure === undefined ? [] : [r.listFailure]))),
      redisCounted: counted.length === 0 ? undefined : Math.max(...counted),
    };
  } finally {
    await server.close();
  }
}
