// One worker process of the "workers" bench, forked by many-workers.ts: a client of the BUILT packages
// (its limit shared through a Redis key with redisRateLimit, or the client's own in-process limiter, the
// control), waiting for the parent's "go" so that every worker starts together, then making its
// `users.get` calls and its `for await` listing at once, and sending back what became of each.
import { createGongClient } from "@gongkit/client";
import { redisRateLimit } from "@gongkit/redis";

export interface WorkerTask {
  baseUrl: string;
  /** Share the limit through this Redis key; undefined: the client's own in-process limiter. */
  redis?: { url: string; key: string } | undefined;
  /** Concurrent users.get calls. */
  gets: number;
  /** The first user id asked for (each worker its own range). */
  idBase: number;
}

export interface WorkerReport {
  getsSucceeded: number;
  /** Error class name of each users.get that failed. */
  getFailures: string[];
  listed: number;
  /** Error class name of the error that ended the listing early, if any. */
  listFailure: string | undefined;
  /** Requests Redis counted for the key today, read after the worker's calls (shared limit only). */
  redisToday: number | undefined;
}

const task = JSON.parse(process.argv[2] ?? "{}") as WorkerTask;
const limiter = task.redis ? redisRateLimit({ url: task.redis.url, key: task.redis.key }) : undefined;
const gong = createGongClient({
  auth: { accessKey: "bench-key", accessKeySecret: "bench-secret" },
  baseUrl: task.baseUrl,
  ...(limiter ? { rateLimit: limiter } : {}),
});
const errorName = (error: unknown) => (error instanceof Error ? error.constructor.name : typeof error);

process.send?.("ready");
await new Promise<void>((resolve) => process.once("message", () => resolve()));

const report: WorkerReport = {
  getsSucceeded: 0,
  getFailures: [],
  listed: 0,
  listFailure: undefined,
  redisToday: undefined,
};
const gets = Array.from({ length: task.gets }, (_, i) =>
  gong.users.get(String(task.idBase + i)).then(
    (answer) => {
      if (answer.user !== undefined) report.getsSucceeded++;
    },
    (error: unknown) => {
      report.getFailures.push(errorName(error));
    },
  ),
);
const listing = (async () => {
  try {
    for await (const _user of gong.users.list()) report.listed++;
  } catch (error) {
    report.listFailure = errorName(error);
  }
})();
await Promise.all([...gets, listing]);
if (limiter) {
  report.redisToday = (await limiter.usage().catch(() => undefined))?.today;
  await limiter.close();
}
process.send?.(report, () => process.disconnect());
