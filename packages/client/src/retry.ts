// Retry policy (Stainless SDKs): exponential backoff with jitter, unless the server says how long to wait.

/** First backoff delay; doubles on each retry. */
export const INITIAL_RETRY_DELAY_MS = 500;
/** Ceiling of the exponential backoff. */
export const MAX_BACKOFF_DELAY_MS = 8_000;
/** Up to this fraction is taken off each backoff delay, so clients that failed together spread out. */
export const BACKOFF_JITTER = 0.25;

/** 408 Request Timeout, 429 Too Many Requests and every 5xx are worth another attempt. */
export function isRetryableStatus(status: number): boolean {
  return status === 408 || status === 429 || status >= 500;
}

/** `min(0.5 s * 2^retry, 8 s)` minus up to 25% jitter; `retry` counts from 0. */
export function backoffDelayMs(retry: number, random: () => number = Math.random): number {
  const base = Math.min(INITIAL_RETRY_DELAY_MS * 2 ** retry, MAX_BACKOFF_DELAY_MS);
  return base * (1 - random() * BACKOFF_JITTER);
}

/** The wait the server asked for: `retry-after-ms`, then `Retry-After` in seconds or as an HTTP date. */
export function serverRequestedDelayMs(headers: Headers, now: number = Date.now()): number | undefined {
  const ms = parseNonNegativeNumber(headers.get("retry-after-ms"));
  if (ms !== undefined) return ms;
  const retryAfter = headers.get("retry-after");
  if (retryAfter === null) return undefined;
  const seconds = parseNonNegativeNumber(retryAfter);
  if (seconds !== undefined) return seconds * 1000;
  // An HTTP date names its weekday and month; Date.parse alone would also read "-1" as a year.
  const date = /[a-z]{3}/i.test(retryAfter) ? Date.parse(retryAfter) : Number.NaN;
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** What to do after a failed attempt: wait `delayMs` then retry, or stop. */
export type RetryDecision = { retry: true; delayMs: number } | { retry: false };

const STOP: RetryDecision = { retry: false };

/** What a failed attempt came to: a response, or no response (and whether the request can have left). */
export type AttemptResult =
  | { status: number; headers: Headers }
  | { status?: never; headers?: never; nothingSent: boolean };

/**
 * The one place that decides whether and when to retry. A request that may have reached Gong
 * (a timeout, a reset, a 5xx) is sent again only when it is `idempotent`: a GET, HEAD, PUT, DELETE or
 * OPTIONS, or a POST the spec marks as one. A 429 and a connection that was refused before anything
 * was sent are retried for every operation: Gong did not process them. A server-requested wait
 * longer than `maxRetryDelayMs` is not slept on (Gong's daily quota answers "come back in hours"):
 * the caller gets the response at once.
 */
export function decideRetry(
  retry: number,
  retriesAllowed: number,
  result: AttemptResult,
  maxRetryDelayMs: number,
  idempotent = true,
): RetryDecision {
  if (retry >= retriesAllowed) return STOP;
  if (result.status === undefined) {
    return idempotent || result.nothingSent ? { retry: true, delayMs: backoffDelayMs(retry) } : STOP;
  }
  if (!isRetryableStatus(result.status)) return STOP;
  if (result.status !== 429 && !idempotent) return STOP;
  const requested = serverRequestedDelayMs(result.headers);
  if (requested === undefined) return { retry: true, delayMs: backoffDelayMs(retry) };
  return requested > maxRetryDelayMs ? STOP : { retry: true, delayMs: requested };
}

/** HTTP methods that may be repeated without changing the result (RFC 9110, 9.2.2). */
export function isIdempotentMethod(method: string): boolean {
  return (
    method === "GET" || method === "HEAD" || method === "PUT" || method === "DELETE" || method === "OPTIONS"
  );
}

function parseNonNegativeNumber(text: string | null): number | undefined {
  if (text === null || !/^\s*\d+(\.\d+)?\s*$/.test(text)) return undefined;
  return Number(text);
}
