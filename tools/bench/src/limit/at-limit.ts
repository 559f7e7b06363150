// Issue 10's scenario at Gong's limit: a burst of concurrent `users.get` and a full `users.list`
// pagination, started together against the strict local server (429 + Retry-After: 1 to any request
// that would make more than 3 arrivals within 1,000 ms), timed against the least time the limit allows.
import { createGongClient } from "@gongkit/client";
import { startStrictLimitServer } from "@gongkit/mock-server/strict-limit";

export interface AtLimitOptions {
  /** Concurrent `gong.users.get(id)` calls. */
  burst: number;
  /** Users the server's list holds. */
  users: number;
  pageSize: number;
  /** The client's `rateLimit`; undefined is the client's default limiter. */
  rateLimit?: false | undefined;
}

export interface AtLimitRun {
  options: AtLimitOptions;
  /** Requests the work needs: one per `users.get`, one per page. */
  requests: number;
  /** Requests that reached the server, retries included. */
  arrivals: number;
  rejected429: number;
  /** From the first call to the last settled one. */
  ms: number;
  boundMs: number;
  /** The burst's calls that resolved with their user. */
  getsSucceeded: number;
  /** Error class names of the burst's calls that failed, with how many. */
  getFailures: Record<string, number>;
  /** Users the pagination yielded, and the error that ended it early, if any. */
  listed: number;
  listFailure: string | undefined;
}

/** The server's strict window: 3 arrivals within any 1,000 ms, as Gong's 3 calls per second. */
export const STRICT_LIMIT = { limit: 3, windowMs: 1000 };

/** The least time `requests` can take without a 429: the first `limit` go at once, then `limit` per window. */
export function limitBoundMs(
  requests: number,
  limit = STRICT_LIMIT.limit,
  windowMs = STRICT_LIMIT.windowMs,
): number {
  return (Math.max(0, requests - limit) * windowMs) / limit;
}

/** Requests a full listing takes: one per page, and one for an empty list. */
export function pagesOf(users: number, pageSize: number): number {
  return Math.max(1, Math.ceil(users / pageSize));
}

/** Counts of each value, for error class names. */
export function tally(values: readonly string[]): Record<string, number> {
  const counts: Record<string, number> = {};
  for (const value of values) counts[value] = (counts[value] ?? 0) + 1;
  return counts;
}

/** Runs the burst and the pagination together against a fresh strict server, which is stopped after. */
export async function runAtLimit(options: AtLimitOptions): Promise<AtLimitRun> {
  const { burst, users, pageSize, rateLimit } = options;
  const server = await startStrictLimitServer({ ...STRICT_LIMIT, users, pageSize });
  try {
    const gong = createGongClient({
      auth: { accessKey: "bench-key", accessKeySecret: "bench-secret" },
      baseUrl: server.url,
      ...(rateLimit === false ? { rateLimit } : {}),
    });
    const started = performance.now();
    let listed = 0;
    const listing = (async () => {
      for await (const _user of gong.users.list()) listed++;
    })();
    const gets = Array.from({ length: burst }, (_, i) => gong.users.get(String(1000 + i)));
    const [listResult, ...getResults] = await Promise.allSettled([listing, ...gets]);
    const ms = performance.now() - started;
    const requests = burst + pagesOf(users, pageSize);
    return {
      options,
      requests,
      arrivals: server.arrivals.length,
      rejected429: server.rejected(),
      ms,
      boundMs: limitBoundMs(requests),
      getsSucceeded: getResults.filter((r) => r.status === "fulfilled" && r.value.user !== undefined).length,
      getFailures: tally(getResults.flatMap((r) => (r.status === "rejected" ? [errorName(r.reason)] : []))),
      listed,
      listFailure: listResult?.status === "rejected" ? errorName(listResult.reason) : undefined,
    };
  } finally {
    await server.close();
  }
}

function errorName(error: unknown): string {
  return error instanceof Error ? error.constructor.name : typeof error;
}
