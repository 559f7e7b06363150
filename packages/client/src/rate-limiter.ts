import { sleep } from "./abort.js";

/** Spaces request starts so that no more than `requestsPerSecond` begin in any second, on average. */
export interface RateLimiter {
  /**
   * Undefined if this request may start now; otherwise a promise that resolves when it may, or
   * rejects with GongAbortError if `signal` fires first.
   */
  acquire(signal: AbortSignal | undefined): Promise<void> | undefined;
}

/**
 * A spacing limiter: each caller reserves the next free slot, `1000 / requestsPerSecond` ms after
 * the previous one, and sleeps until it. There is no queue and no background timer: only callers
 * that are waiting hold a timer. A caller that aborts while waiting leaves its slot unused, which
 * can only make the rate lower, never higher.
 */
export function createRateLimiter(requestsPerSecond: number): RateLimiter {
  const intervalMs = 1000 / requestsPerSecond;
  let nextSlot = Number.NEGATIVE_INFINITY;
  return {
    acquire(signal) {
      const now = performance.now();
      const slot = Math.max(now, nextSlot);
      nextSlot = slot + intervalMs;
      return slot > now ? sleep(slot - now, signal) : undefined;
    },
  };
}
