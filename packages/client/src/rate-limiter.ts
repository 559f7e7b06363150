import { GongAbortError, GongRateLimitError } from "./errors.js";

/** How long a request may wait for its slot. */
export interface AcquireLimits {
  /**
   * The longest pause (a 429's Retry-After) worth waiting for: a longer one rejects at once with
   * GongRateLimitError (Gong's daily quota is spent: its waits run to hours). The client's `maxRetryDelayMs`.
   */
  maxWaitMs: number;
  /** The call's per-attempt timeout: a limiter that waits on something else (Redis) gives up after it. */
  timeoutMs: number;
}

/**
 * Holds a server's sliding-window limit ("at most `limit` requests arriving within any `windowMs`")
 * from the client side, counting arrivals rather than departures: see `createRateLimiter`. Pass one as
 * `rateLimit` to share a limit among clients (`@gongkit/redis`'s `redisRateLimit` shares it among processes).
 */
export interface GongRateLimiter {
  /**
   * Resolves with a slot when a request may start, in FIFO order; rejects with GongAbortError if
   * `signal` fires first, and with GongRateLimitError when the limit is paused for longer than
   * `limits.maxWaitMs`. The caller reports `slot.answered()` when the response's headers came back (or
   * the attempt failed), which tells the limiter the request has certainly arrived.
   */
  acquire(signal: AbortSignal | undefined, limits: AcquireLimits): Promise<RateLimitSlot>;
  /** Holds every queued and future request until `ms` from now (a 429's Retry-After pauses them all). */
  pause(ms: number): void;
}

/** The error for a request not sent because the limit is paused for longer than it may wait. */
export function limitPausedError(remainingMs: number, maxWaitMs: number): GongRateLimitError {
  const until = new Date(Date.now() + remainingMs).toISOString();
  return new GongRateLimitError({
    status: 429,
    headers: new Headers(),
    requestId: undefined,
    errors: [],
    retryAfterMs: remainingMs,
    bodyNote: `Gong's limit is paused until ${until}, longer than maxRetryDelayMs (${maxWaitMs} ms) allows waiting; the request was not sent (a wait this long usually means the daily quota is spent)`,
  });
}

export interface RateLimitSlot {
  answered(): void;
}

/**
 * How late after its start a request is assumed to reach the server while no answer has come back
 * yet: connection set-up (TCP, TLS) and a busy event loop delay an arrival by up to a few round trips.
 * Only requests answered more slowly than this pay for it (their window starts here, not at the answer).
 */
export const MAX_ARRIVAL_DELAY_MS = 2000;

interface Sent {
  /** When it started. */
  start: number;
  /** When its answer came back: it arrived before then. */
  answeredAt: number | undefined;
}

interface Waiter {
  resolve(slot: RateLimitSlot): void;
  reject(error: unknown): void;
  signal: AbortSignal | undefined;
  onAbort: () => void;
  maxWaitMs: number;
}

/**
 * A limiter that keeps any `windowMs` free of more than `limit` arrivals at the server. A request's
 * arrival is only known to lie between its start and its answer, so a new request may start once the
 * `limit`-th last one is a full window behind it, measured from that one's latest possible arrival:
 * its answer, or (while it is unanswered) its start plus MAX_ARRIVAL_DELAY_MS. Against a nearby
 * server that costs almost nothing; it never lets two requests that left a second apart arrive closer.
 * Waiters queue in order; one timer serves the head of the queue, and none runs when nobody waits.
 */
export function createRateLimiter(requestsPerSecond: number): GongRateLimiter {
  // 3 per second is 3 in any 1,000 ms; 2.5 per second is 2 in any 800 ms.
  const limit = Math.max(1, Math.floor(requestsPerSecond));
  const windowMs = (limit * 1000) / requestsPerSecond;
  const sent: Sent[] = [];
  const queue: Waiter[] = [];
  let pausedUntil = 0;
  let timer: ReturnType<typeof setTimeout> | undefined;

  /** When the next request may start: after any pause, and a window after the `limit`-th last arrival. */
  const nextStart = (): number => {
    if (sent.length < limit) return pausedUntil;
    const { start, answeredAt } = sent[sent.length - limit]!;
    const latestArrival = Math.min(answeredAt ?? Number.POSITIVE_INFINITY, start + MAX_ARRIVAL_DELAY_MS);
    return Math.max(pausedUntil, latestArrival + windowMs);
  };

  const release = (): void => {
    if (timer !== undefined) clearTimeout(timer);
    timer = undefined;
    while (queue.length > 0) {
      const now = performance.now();
      // Waiters that would wait for a pause longer than they may are told so at once.
      for (const waiter of queue.filter((w) => pausedUntil - now > w.maxWaitMs)) {
        queue.splice(queue.indexOf(waiter), 1);
        waiter.signal?.removeEventListener("abort", waiter.onAbort);
        waiter.reject(limitPausedError(pausedUntil - now, waiter.maxWaitMs));
      }
      if (queue.length === 0) break;
      const at = nextStart();
      if (at > now) {
        timer = setTimeout(release, at - now);
        return;
      }
      const waiter = queue.shift()!;
      waiter.signal?.removeEventListener("abort", waiter.onAbort);
      waiter.resolve(record(now));
    }
  };

  const record = (now: number): RateLimitSlot => {
    const entry: Sent = { start: now, answeredAt: undefined };
    sent.push(entry);
    if (sent.length > limit) sent.shift();
    return {
      answered() {
        if (entry.answeredAt !== undefined) return;
        entry.answeredAt = performance.now();
        // An earlier answer can move the next start forward.
        if (queue.length > 0) release();
      },
    };
  };

  return {
    acquire(signal, { maxWaitMs }) {
      if (signal?.aborted) return Promise.reject(new GongAbortError(signal.reason));
      const now = performance.now();
      if (pausedUntil - now > maxWaitMs)
        return Promise.reject(limitPausedError(pausedUntil - now, maxWaitMs));
      if (queue.length === 0 && nextStart() <= now) return Promise.resolve(record(now));
      return new Promise<RateLimitSlot>((resolve, reject) => {
        const waiter: Waiter = {
          resolve,
          reject,
          signal,
          maxWaitMs,
          onAbort: () => {
            queue.splice(queue.indexOf(waiter), 1);
            reject(new GongAbortError(signal?.reason));
            release();
          },
        };
        signal?.addEventListener("abort", waiter.onAbort, { once: true });
        queue.push(waiter);
        if (queue.length === 1) release();
      });
    },
    pause(ms) {
      pausedUntil = Math.max(pausedUntil, performance.now() + ms);
      if (queue.length > 0) release();
    },
  };
}
