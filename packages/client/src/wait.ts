// Jobs that Gong finishes after answering (CRM uploads, bulk flow assignments): a generated method polls
// the job's status operation, through the client's limiter, at growing intervals, until it is done.
import { sleep } from "./abort.js";
import {
  GongAbortError,
  GongInvalidArgumentError,
  GongJobFailedError,
  GongJobTimeoutError,
} from "./errors.js";

/** Options of a `waitFor…` method. */
export interface WaitOptions {
  /** Stops waiting (and any poll in flight) with GongAbortError. */
  signal?: AbortSignal | undefined;
  /** How long to wait in all, in ms, before GongJobTimeoutError. Default 3,600,000 (an hour). */
  timeoutMs?: number | undefined;
  /** The first interval between polls, in ms; each next one is 1.5 times longer. Default 2,000. */
  intervalMs?: number | undefined;
  /** The longest interval between polls, in ms. Default 30,000. */
  maxIntervalMs?: number | undefined;
  /** Told of every status body as it comes (for progress). */
  onPoll?: ((body: unknown) => void) | undefined;
}

export const WAIT_DEFAULTS = { timeoutMs: 3_600_000, intervalMs: 2_000, maxIntervalMs: 30_000 } as const;

/** What the spec says of a job's status operation (`x-gongkit-wait`). */
export interface WaitSpec {
  /** The parameter the method takes first: the job's id. */
  by: { in: "path" | "query"; name: string };
  /** The 200 body's property that holds the status. */
  status: string;
  /** Statuses that mean "not done yet". */
  pending: readonly string[];
  /** Statuses that mean the job failed. Any other status means it is done. */
  failed: readonly string[];
  /** "GET /v2/crm/request-status", for messages. */
  operation: string;
}

type Poll = (...args: unknown[]) => Promise<unknown>;

/**
 * The `waitFor…` method over `poll`, the status operation's own generated method: `(id, options)`,
 * where options also carry the operation's other query parameters (`integrationId`).
 */
export function waitFor(
  poll: Poll,
  spec: WaitSpec,
): (id: unknown, options?: WaitOptions) => Promise<unknown> {
  return async (id, options = {}) => {
    if (options === null || typeof options !== "object") {
      throw new GongInvalidArgumentError("options must be an object");
    }
    const { signal, timeoutMs, intervalMs, maxIntervalMs, onPoll, ...query } = options as WaitOptions &
      Record<string, unknown>;
    const total = checkDuration(timeoutMs ?? WAIT_DEFAULTS.timeoutMs, "timeoutMs");
    let interval = checkDuration(intervalMs ?? WAIT_DEFAULTS.intervalMs, "intervalMs");
    const longest = Math.max(
      interval,
      checkDuration(maxIntervalMs ?? WAIT_DEFAULTS.maxIntervalMs, "maxIntervalMs"),
    );
    if (onPoll !== undefined && typeof onPoll !== "function") {
      throw new GongInvalidArgumentError("onPoll must be a function");
    }
    const args = spec.by.in === "path" ? [id] : [{ ...query, [spec.by.name]: id }];
    if (spec.by.in === "path" && Object.keys(query).length > 0) args.push(query);

    const deadline = performance.now() + total;
    const expiry = new AbortController();
    const timer = setTimeout(() => expiry.abort(), total);
    const combined = signal ? anySignal([signal, expiry.signal]) : expiry.signal;
    let last: unknown;
    try {
      for (;;) {
        last = await poll(...args, { signal: combined });
        onPoll?.(last);
        const status = (last as Record<string, unknown> | undefined)?.[spec.status];
        if (typeof status === "string" && spec.failed.includes(status)) {
          throw new GongJobFailedError(
            `${spec.operation} ${JSON.stringify(String(id))}: the job ended ${status}; its body is the error's result`,
            last,
          );
        }
        if (typeof status !== "string" || !spec.pending.includes(status)) return last;
        if (performance.now() + interval >= deadline) break;
        await sleep(interval, combined);
        interval = Math.min(interval * 1.5, longest);
      }
    } catch (error) {
      if (!(error instanceof GongAbortError) || signal?.aborted || !expiry.signal.aborted) throw error;
    } finally {
      clearTimeout(timer);
    }
    const status = (last as Record<string, unknown> | undefined)?.[spec.status];
    throw new GongJobTimeoutError(
      `${spec.operation} ${JSON.stringify(String(id))}: still ${status === undefined ? "not answered" : String(status)} after ${total} ms`,
      total,
      last,
    );
  };
}

function checkDuration(value: unknown, name: string): number {
  if (typeof value === "number" && value >= 1 && value <= 2_147_483_647) return value;
  throw new GongInvalidArgumentError(`${name} must be a number of milliseconds from 1 to 2147483647`);
}

/** AbortSignal.any where the runtime has it; otherwise the same by hand. */
function anySignal(signals: AbortSignal[]): AbortSignal {
  const any = (AbortSignal as { any?: (signals: AbortSignal[]) => AbortSignal }).any;
  if (any) return any.call(AbortSignal, signals);
  const controller = new AbortController();
  for (const each of signals) {
    if (each.aborted) controller.abort(each.reason);
    else each.addEventListener("abort", () => controller.abort(each.reason), { once: true });
  }
  return controller.signal;
}
