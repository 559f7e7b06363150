// One Gong rate limit for many workers: the client's limiter rule, taken atomically in Redis (scripts.ts).
// In each process one waiter at a time asks Redis; the others wait behind it in order, so a free slot
// costs one round trip and a process with many calls is one place in Redis's queue of workers.
import { randomUUID } from "node:crypto";
import {
  type AcquireLimits,
  GongAbortError,
  GongConnectionError,
  GongInvalidArgumentError,
  type GongRateLimiter,
  limitPausedError,
  MAX_ARRIVAL_DELAY_MS,
  type RateLimitSlot,
} from "@gongkit/client";
import { checkKey, openConnection, type RedisConnection } from "./connection.js";
import { scriptRunner } from "./script-runner.js";
import { ACQUIRE, ANSWERED, keysOf, PAUSE, USAGE } from "./scripts.js";

export type RedisRateLimitOptions = RedisConnection & {
  /** The limit's name in Redis: one per Gong company (every worker of that company uses the same key). */
  key: string;
  /** Default 3, Gong's per-company limit. */
  requestsPerSecond?: number | undefined;
};

/** How many requests the limit let through, across every worker, by Redis's clock. */
export interface RateLimitUsage {
  /** Sent in the last 1,000 ms. */
  lastSecond: number;
  /** Sent in the current UTC day (Gong's daily quota is 10,000). */
  today: number;
  /** How long a 429's pause still holds every worker, in ms (0: none). */
  pausedMs: number;
}

export interface RedisRateLimit extends GongRateLimiter {
  usage(): Promise<RateLimitUsage>;
  /** Stops waiting (queued calls fail with GongAbortError) and closes the connection if it opened one. */
  close(): Promise<void>;
}

/** The shared limit could not be reached (Redis down) for a whole call timeout: the request was not sent. */
export class GongRateLimitUnavailableError extends GongConnectionError {}
GongRateLimitUnavailableError.prototype.name = "GongRateLimitUnavailableError";

/** A worker that has not asked for this long leaves Redis's queue (it asks at least every POLL_MAX_MS). */
const STALE_MS = 5_000;
const POLL_MAX_MS = 1_000;
/** Each Redis command gets this long before it counts as failed (and is tried again). */
const COMMAND_TIMEOUT_MS = 1_000;
/** How long the state outlives the last request. */
const TTL_MS = 600_000;

interface Waiter {
  resolve(slot: RateLimitSlot): void;
  reject(error: unknown): void;
  limits: AcquireLimits;
  signal: AbortSignal | undefined;
  since: number;
  timer: ReturnType<typeof setTimeout> | undefined;
  onAbort(): void;
}

export function redisRateLimit(options: RedisRateLimitOptions): RedisRateLimit {
  const key = checkKey(options?.key, "redisRateLimit");
  const rps = options.requestsPerSecond ?? 3;
  // The state keeps the last requestsPerSecond + 1 sends, and two scripts read them: a bounded list.
  if (!(typeof rps === "number" && rps > 0 && rps <= 1000)) {
    throw new GongInvalidArgumentError(
      "redisRateLimit: requestsPerSecond must be a number above 0, at most 1000",
    );
  }
  const { redis, close: closeConnection } = openConnection(options, "redisRateLimit");
  const run = scriptRunner(redis, COMMAND_TIMEOUT_MS);
  const keys = keysOf(key);
  const limit = Math.max(1, Math.floor(rps));
  const windowMs = (limit * 1000) / rps;
  const keep = limit + 1;
  const worker = randomUUID();

  const queue: Waiter[] = [];
  let pumping = false;
  let closed = false;
  let epoch = "";
  let lastSentAt = Number.NEGATIVE_INFINITY;
  let lastAnswerAt = Number.NEGATIVE_INFINITY;
  let localPausedUntil = 0;
  let wake: (() => void) | undefined;

  const nap = (ms: number) =>
    new Promise<void>((resolve) => {
      const timer = setTimeout(() => {
        wake = undefined;
        resolve();
      }, ms);
      wake = () => {
        clearTimeout(timer);
        wake = undefined;
        resolve();
      };
    });

  const remove = (waiter: Waiter) => {
    const at = queue.indexOf(waiter);
    if (at >= 0) queue.splice(at, 1);
    clearTimeout(waiter.timer);
    waiter.signal?.removeEventListener("abort", waiter.onAbort);
  };

  /** Waiters that may not wait `pausedMs` are told so at once, unsent. */
  const failPaused = (pausedMs: number) => {
    for (const waiter of queue.filter((w) => pausedMs > w.limits.maxWaitMs)) {
      remove(waiter);
      waiter.reject(limitPausedError(pausedMs, waiter.limits.maxWaitMs));
    }
  };

  const slotFor = (id: string): RateLimitSlot => {
    let reported = false;
    return {
      answered() {
        if (reported) return;
        reported = true;
        run(ANSWERED, [keys[0]!], [id, keep]).catch(() => {});
      },
    };
  };

  const pump = async () => {
    if (pumping) return;
    pumping = true;
    let failures = 0;
    try {
      while (queue.length > 0 && !closed) {
        failPaused(localPausedUntil - Date.now());
        if (queue.length === 0) break;
        const slotId = randomUUID();
        let answer: [number, number, number, string];
        try {
          const sentRecently = Date.now() - lastSentAt < windowMs + MAX_ARRIVAL_DELAY_MS;
          answer = (await run(ACQUIRE, keys, [
            worker,
            limit,
            windowMs,
            MAX_ARRIVAL_DELAY_MS,
            STALE_MS,
            keep,
            epoch,
            sentRecently ? 1 : 0,
            TTL_MS,
            slotId,
          ])) as typeof answer;
        } catch {
          // Redis is away: ask again soon; each waiter gives up after its own call's timeout.
          failures++;
          await nap(Math.min(50 * 2 ** failures, POLL_MAX_MS));
          continue;
        }
        failures = 0;
        lastAnswerAt = Date.now();
        const [granted, waitMs, pausedMs, current] = answer;
        epoch = current;
        if (granted === 1) {
          const waiter = queue[0];
          if (waiter === undefined) {
            // Everyone left while Redis answered: the slot goes unused, which only ever errs on the safe side.
            break;
          }
          remove(waiter);
          lastSentAt = Date.now();
          waiter.resolve(slotFor(slotId));
          continue;
        }
        failPaused(pausedMs);
        if (queue.length > 0) await nap(Math.min(Math.max(waitMs, 5), POLL_MAX_MS));
      }
    } finally {
      pumping = false;
    }
  };

  return {
    acquire(signal, limits) {
      if (signal?.aborted) return Promise.reject(new GongAbortError(signal.reason));
      if (closed) return Promise.reject(new GongAbortError(new Error("the rate limiter was closed")));
      const pausedMs = localPausedUntil - Date.now();
      if (pausedMs > limits.maxWaitMs) return Promise.reject(limitPausedError(pausedMs, limits.maxWaitMs));
      return new Promise<RateLimitSlot>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          limits,
          signal,
          since: Date.now(),
          timer: undefined,
          onAbort: () => {
            remove(waiter);
            reject(new GongAbortError(signal?.reason));
            wake?.();
          },
        };
        // Never past the call's timeout because of Redis: a waiter that has seen no answer from Redis since
        // it came fails then; one that waits for slots Redis is handing out waits on.
        const check = () => {
          if (lastAnswerAt >= waiter.since) {
            waiter.since = Date.now();
            waiter.timer = setTimeout(check, limits.timeoutMs);
            return;
          }
          remove(waiter);
          reject(
            new GongRateLimitUnavailableError(
              `The shared rate limit (Redis) did not answer for ${limits.timeoutMs} ms: the request was not sent`,
            ),
          );
        };
        waiter.timer = setTimeout(check, limits.timeoutMs);
        signal?.addEventListener("abort", waiter.onAbort, { once: true });
        queue.push(waiter);
        void pump();
      });
    },
    pause(ms) {
      localPausedUntil = Math.max(localPausedUntil, Date.now() + ms);
      run(PAUSE, keys, [Math.ceil(ms)]).catch(() => {});
      wake?.();
    },
    async usage() {
      const [lastSecond, today, pausedMs] = (await run(USAGE, keys, [])) as number[];
      return { lastSecond: lastSecond ?? 0, today: today ?? 0, pausedMs: pausedMs ?? 0 };
    },
    async close() {
      closed = true;
      for (const waiter of [...queue]) {
        remove(waiter);
        waiter.reject(new GongAbortError(new Error("the rate limiter was closed")));
      }
      wake?.();
      await closeConnection();
    },
  };
}
