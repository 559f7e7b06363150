// `pnpm bench`'s "workers" section: 4 worker processes at Gong's limit sharing it through one Redis key,
// the same workers each with its own limiter as the control, then what a free slot of the shared limit
// costs against a Redis PING. Needs a redis-server (Debian's, or REDIS_SERVER): without one the section
// is skipped, and says why.
import { constants } from "node:fs";
import { access } from "node:fs/promises";
import { type RedisServer, startRedis } from "@gongkit/mock-server/redis";
import { slotCostLine, workersLine } from "../report/sections.ts";
import {
  runManyWorkers,
  WORKERS_BENCH_DEFAULTS,
  type WorkersOptions,
  type WorkersRun,
} from "./many-workers.ts";
import { measureSlotCost, SLOT_COST_DEFAULTS, type SlotCost, type SlotCostOptions } from "./slot-cost.ts";

export interface WorkersBench {
  /** Why the section did not run (no redis-server to start); undefined when it ran. */
  skipped: string | undefined;
  /** The shared limit, then the control. */
  runs: WorkersRun[];
  slotCost: SlotCost | undefined;
}

/** The redis-server startRedis() runs (tools/mock-server/src/redis-server.ts). */
export const REDIS_SERVER = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

export async function runWorkersBench(
  options: WorkersOptions = WORKERS_BENCH_DEFAULTS,
  slotOptions: SlotCostOptions = SLOT_COST_DEFAULTS,
  log: (line: string) => void = () => {},
): Promise<WorkersBench> {
  const skip = (why: string): WorkersBench => {
    log(`workers: skipped, ${why}`);
    return { skipped: why, runs: [], slotCost: undefined };
  };
  try {
    await access(REDIS_SERVER, constants.X_OK);
  } catch {
    return skip(
      `${REDIS_SERVER} is missing (install Debian's redis-server, \`apt-get install redis-server\`, or point REDIS_SERVER at one)`,
    );
  }
  let redis: RedisServer;
  try {
    redis = await startRedis();
  } catch (error) {
    return skip(`${REDIS_SERVER} did not start: ${(error as Error).message.split("\n")[0]}`);
  }
  try {
    const { workers, gets, users } = options;
    const runs: WorkersRun[] = [];
    log(
      `workers: ${workers} processes, each ${gets} users.get + ${users} users listed, through one Redis key...`,
    );
    runs.push(await runManyWorkers(options, { url: redis.url, key: "gong:bench:workers" }));
    log(workersLine(runs[0]!));
    log(`workers: the same ${workers} processes, each with its own in-process limiter (the control)...`);
    runs.push(await runManyWorkers(options));
    log(workersLine(runs[1]!));
    log(
      `workers: a free slot, ${slotOptions.calls} sequential acquire + answered() against ${slotOptions.calls} PINGs, ${slotOptions.rounds} rounds...`,
    );
    const slotCost = await measureSlotCost(redis.url, slotOptions);
    log(slotCostLine(slotCost));
    return { skipped: undefined, runs, slotCost };
  } finally {
    await redis.stop();
  }
}
