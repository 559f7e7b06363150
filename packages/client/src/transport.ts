// The request path: the request is taken apart once, then sent in attempts, each under its own
// timeout, with retries. It knows nothing of endpoints: openapi-fetch hands it a finished request.
import { sleep, throwIfAborted } from "./abort.js";
import type { Authorizer } from "./auth.js";
import { throwIfCorsRefused } from "./cors.js";
import { GongAbortError, GongConnectionError, GongError, GongTimeoutError } from "./errors.js";
import { LightRequest } from "./light-request.js";
import type { RateLimiter } from "./rate-limiter.js";
import { bufferedResponse, textResponse } from "./response.js";
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
  /** The caller's signal; undefined means the request's own signal (set by openapi-fetch's init). */
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
}

export type Transport = (request: Request | LightRequest, settings: CallSettings) => Promise<Response>;

type Outcome = { response: Response; error?: never } | { error: GongConnectionError; response?: never };

export function createTransport(config: TransportConfig): Transport {
  return async (request, settings) => {
    const signal = settings.signal ?? request.signal;
    throwIfAborted(signal);
    const light = request instanceof LightRequest;
    // What every attempt sends. A Request's body stream can be read once: its bytes are kept instead.
    const init: RequestInit = light
      ? { ...request.init }
      : { body: request.body && (await request.arrayBuffer()) };
    if (typeof config.authorizer.authorization === "function") {
      init.headers = new Headers(request instanceof LightRequest ? request.init.headers : request.headers);
    }
    const input = light ? request.url : request;
    for (let retry = 0; ; retry++) {
      const slot = config.limiter?.acquire(signal);
      if (slot !== undefined) await slot;
      const outcome = await attempt(config, input, init, light, signal, settings.timeoutMs);
      const decision = decideRetry(retry, settings.maxRetries, outcome.response, config.maxRetryDelayMs);
      if (!decision.retry) {
        if (outcome.error) throw outcome.error;
        return outcome.response;
      }
      await sleep(decision.delayMs, signal);
    }
  };
}

/** One HTTP request under its own timeout; the body is read inside it, so a cut-off body is retried too. */
async function attempt(
  config: TransportConfig,
  input: Request | string,
  init: RequestInit,
  light: boolean,
  signal: AbortSignal | undefined,
  timeoutMs: number,
): Promise<Outcome> {
  const controller = new AbortController();
  // Settles the attempt even when a token function or a fetch implementation ignores the signal.
  let stop!: (reason?: unknown) => void;
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  stopped.catch(() => {});
  let timedOut = false;
  const timer = setTimeout(() => {
    timedOut = true;
    controller.abort();
    stop();
  }, timeoutMs);
  const onAbort = () => {
    controller.abort(signal?.reason);
    stop();
  };
  signal?.addEventListener("abort", onAbort);
  try {
    const { authorization } = config.authorizer;
    // A constant Authorization header is among the client's default headers; a token function runs
    // inside the attempt, so the timeout and the caller's signal cover it too.
    if (typeof authorization === "function") {
      (init.headers as Headers).set("authorization", await Promise.race([authorization(), stopped]));
    }
    const fetchImpl = config.fetch ?? globalThis.fetch;
    // fetch(request, init), never fetch(new Request(request, init)): undici links a copied Request's
    // signal weakly, and once that copy is garbage-collected an abort no longer reaches the socket.
    const response = await Promise.race([fetchImpl(input, { ...init, signal: controller.signal }), stopped]);
    return {
      response: light
        ? textResponse(response, await Promise.race([response.text(), stopped]))
        : bufferedResponse(response, await Promise.race([response.arrayBuffer(), stopped])),
    };
  } catch (error) {
    if (signal?.aborted) throw new GongAbortError(signal.reason);
    if (timedOut) return { error: new GongTimeoutError(timeoutMs) };
    if (error instanceof GongError) throw error;
    await throwIfCorsRefused(error, input, config.fetch ?? globalThis.fetch);
    return {
      error: new GongConnectionError(`Could not reach Gong (${networkErrorCode(error)})`, { cause: error }),
    };
  } finally {
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
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
