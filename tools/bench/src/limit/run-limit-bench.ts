// `pnpm bench`'s "at Gong's limit" section (issue 10): the burst plus pagination with the client's
// default limiter and with `rateLimit: false` as the control, then pagination's memory per page.
import { type AtLimitRun, runAtLimit } from "./at-limit.ts";
import { measurePageMemory, type PageMemory } from "./page-memory.ts";

export interface LimitBench {
  runs: AtLimitRun[];
  memory: PageMemory[];
}

export interface LimitBenchOptions {
  burst: number;
  users: number;
  pageSize: number;
  /** Sizes of the listings whose memory per page is measured. */
  listings: readonly number[];
}

/** Issue 10's figures: 60 concurrent users.get and 600 users listed; listings of 1,000 to 50,000. */
export const LIMIT_BENCH_DEFAULTS: LimitBenchOptions = {
  burst: 60,
  users: 600,
  pageSize: 100,
  listings: [1_000, 10_000, 50_000],
};

export async function runLimitBench(
  options: LimitBenchOptions = LIMIT_BENCH_DEFAULTS,
  log: (line: string) => void = () => {},
): Promise<LimitBench> {
  const { burst, users, pageSize } = options;
  const runs: AtLimitRun[] = [];
  for (const rateLimit of [undefined, false] as const) {
    log(
      `at Gong's limit: ${burst} users.get + ${users} users listed, rateLimit ${rateLimit ?? "default"}...`,
    );
    runs.push(await runAtLimit({ burst, users, pageSize, rateLimit }));
  }
  const memory: PageMemory[] = [];
  for (const size of options.listings) {
    log(`pagination memory: ${size} users...`);
    memory.push(await measurePageMemory(size, pageSize));
  }
  return { runs, memory };
}
