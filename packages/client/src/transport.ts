// The request path, as three named steps: build the attempt, send with retries, buffer the response.
// It knows nothing of endpoints: openapi-fetch hands it a finished Request.
import { rejectOnAbort, sleep, throwIfAborted } from "./abort.js";
import type { Authorizer } from "./auth.js";
import { GongAbortError, GongConnectionError, GongError, GongTimeoutError } from "./errors.js";
import type { RateLimiter } from "./rate-limiter.js";
import { BufferedResponse } from "./response.js";
import { decideRetry } from "./retry.js";

export interface TransportConfig {
  /** An injected fetch; undefined means globalThis.fetch, looked up at call time. */
  fetch: typeof fetch | undefined;
  authorizer: Authorizer;
  limiter: RateLimiter | undefined;
  maxRetryDelayMs: number;
}

/** Per-call settings: the client's defaults, overridden by a method's options. */
export interface CallSettings {
  /** The caller's signal; undefined means the Request's own signal (set by openapi-fetch's init). */
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
}

export type Transport = (request: Request, settings: CallSettings) => Promise<Response>;

type AttemptOutcome =
  | { response: Response; error?: never }
  | { error: GongConnectionError; response?: never };

export function createTransport(config: TransportConfig): Transport {
  return async function sendWithRetries(request, settings) {
    const signal = settings.signal ?? request.signal;
    throwIfAborted(signal);
    // A body stream can be read once; keep the bytes so that every attempt can send them.
    const body = request.body === null ? undefined : await request.arrayBuffer();
    for (let retry = 0; ; retry++) {
      const slot = config.limiter?.acquire(signal);
      if (slot !== undefined) await slot;
      const outcome = await attempt(config, request, body, signal, settings.timeoutMs);
      const decision = decideRetry(retry, settings.maxRetries, outcome.response, config.maxRetryDelayMs);
      if (!decision.retry) {
        if (outcome.error) throw outcome.error;
        return outcome.response;
      }
      await sleep(decision.delayMs, signal);
    }
  };
}

/** One HTTP request under its own timeout; the body is read inside it so a cut-off body is retried too. */
async function attempt(
  config: TransportConfig,
  request: Request,
  body: ArrayBuffer | undefined,
  signal: AbortSignal,
  timeoutMs: number,
): Promise<AttemptOutcome> {
  const init: RequestInit = {};
  if (body !== undefined) init.body = body;

  const controller = new AbortController();
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
  }, timeoutMs);
  const onAbort = () => controller.abort(signal.reason);
  signal.addEventListener("abort", onAbort, { once: true });
  try {
    // The race settles the attempt even when a token function or a fetch implementation ignores the signal.
    const aborted = rejectOnAbort(controller.signal);
    const { authorization } = config.authorizer;
    // A constant Authorization header is already among the client's default headers; a token function
    // runs inside the attempt, so the timeout and the caller's signal cover it too.
    if (typeof authorization === "function") {
      init.headers = new Headers(request.headers);
      init.headers.set("authorization", await Promise.race([authorization(), aborted]));
    }
    const fetchImpl = config.fetch ?? globalThis.fetch;
    init.signal = controller.signal;
    // fetch(request, init), not fetch(new Request(request, init)): undici links a copied Request's
    // signal weakly, and once that copy is garbage-collected an abort no longer reaches the socket.
    const response = await Promise.race([fetchImpl(request, init), aborted]);
    const bytes = await Promise.race([response.arrayBuffer(), aborted]);
    return { response: new BufferedResponse(response, bytes) };
  } catch (error) {
    if (signal.aborted) throw new GongAbortError(signal.reason);
    if (timedOut) return { error: new GongTimeoutError(timeoutMs) };
    if (error instanceof GongError) throw error;
    return {
      error: new GongConnectionError(`Could not reach Gong (${networkErrorCode(error)})`, { cause: error }),
    };
  } finally {
    clearTimeout(timer);
    signal.removeEventListener("abort", onAbort);
  }
}

/** A short, credential-free name for a network failure: the socket error code when there is one. */
function networkErrorCode(error: unknown): string {
  const { code, cause, name } = (error ?? {}) as {
    code?: unknown;
    cause?: { code?: unknown };
    name?: unknown;
  };
  if (typeof cause?.code === "string") return cause.code;
  if (typeof code === "string") return code;
  return typeof name === "string" ? name : "unknown error";
}
