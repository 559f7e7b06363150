// The request path: the request is taken apart once, then sent in attempts, each under its own
// timeout, with retries. It knows nothing of endpoints: openapi-fetch hands it a finished request.
import { sleep, throwIfAborted } from "./abort.js";
import type { Authorizer } from "./auth.js";
import { throwIfCorsRefused } from "./cors.js";
import {
  GongAbortError,
  GongConnectionError,
  GongError,
  GongTimeoutError,
  MAY_HAVE_BEEN_PROCESSED,
} from "./errors.js";
import { LightRequest } from "./light-request.js";
import type { GongRateLimiter, RateLimitSlot } from "./rate-limiter.js";
import { bufferedResponse, textResponse } from "./response.js";
import { backoffDelayMs, decideRetry, serverRequestedDelayMs } from "./retry.js";
import { UploadBody } from "./upload-body.js";

export interface TransportConfig {
  /** An injected fetch; undefined means globalThis.fetch, looked up at call time. */
  fetch: typeof fetch | undefined;
  authorizer: Authorizer;
  limiter: GongRateLimiter | undefined;
  maxRetryDelayMs: number;
}

/** Per-call settings: the client's defaults, overridden by a method's options. */
export interface CallSettings {
  /** The caller's signal; undefined means the request's own signal (set by openapi-fetch's init). */
  signal: AbortSignal | undefined;
  timeoutMs: number;
  maxRetries: number;
  /** Whether a request that may have reached Gong (timeout, reset, 5xx) may be sent again. */
  idempotent: boolean;
  /** Response properties that are 64-bit integers, delivered as strings with every digit (`gong.GET`'s json()). */
  int64: readonly string[] | undefined;
  /** An upload's progress, told per chunk that leaves (where the runtime streams request bodies). */
  onUploadProgress: ((progress: UploadProgress) => void) | undefined;
}

/** How much of an upload's part has left in the current attempt (`total`: its size, when known). */
export interface UploadProgress {
  sent: number;
  total: number | undefined;
}

/** Said of a failed upload whose one-shot stream had started: it cannot be sent again. */
export const NOT_RESENT =
  "; the upload's stream had started and cannot be read again, so it was not resent (pass a Blob, in Node fs.openAsBlob(path), to have uploads retried)";

/** Responses the transport did not retry because their upload could not be resent: the runtime adds NOT_RESENT to their error. */
export const notResent = new WeakSet<object>();

export type Transport = (request: Request | LightRequest, settings: CallSettings) => Promise<Response>;

type Outcome =
  | { response: Response; error?: never }
  | { error: GongConnectionError; response?: never; nothingSent: boolean };

export function createTransport(config: TransportConfig): Transport {
  return async (request, settings) => {
    const signal = settings.signal ?? request.signal;
    throwIfAborted(signal);
    const light = request instanceof LightRequest;
    // What every attempt sends. A Request's body stream can be read once: its bytes are kept instead.
    const init: RequestInit = light
      ? { ...request.init }
      : { body: request.body && (await request.arrayBuffer()) };
    const upload = init.body instanceof UploadBody ? init.body : undefined;
    if (typeof config.authorizer.authorization === "function" || upload?.length !== undefined) {
      init.headers = new Headers(request instanceof LightRequest ? request.init.headers : request.headers);
    }
    // Where a body can stream, its length is said up front (a Blob body says its own).
    if (upload?.length !== undefined && streamsUpload(upload)) {
      (init.headers as Headers).set("content-length", String(upload.length));
    }
    const input = light ? request.url : request;
    let renewed = false;
    for (let retry = 0; ; retry++) {
      const slot =
        config.limiter &&
        (await config.limiter.acquire(signal, {
          maxWaitMs: config.maxRetryDelayMs,
          timeoutMs: settings.timeoutMs,
        }));
      const canRetry = retry < settings.maxRetries;
      const outcome = await attempt(config, input, init, light, signal, settings, slot, upload, canRetry);
      const { response } = outcome;
      // A 401 to an OAuth session's token: it renews the token, and the request goes once more (not a retry).
      const { renew } = config.authorizer;
      if (response?.status === 401 && renew && !renewed && (upload === undefined || upload.replayable)) {
        renewed = true;
        if (await renew((init.headers as Headers).get("authorization") ?? "")) {
          retry--;
          continue;
        }
      }
      const result = response ?? { nothingSent: outcome.nothingSent };
      let decision = decideRetry(
        retry,
        settings.maxRetries,
        result,
        config.maxRetryDelayMs,
        settings.idempotent,
      );
      if (decision.retry && upload !== undefined && !upload.replayable) {
        decision = { retry: false };
        if (response) notResent.add(response);
      }
      // One 429 holds every queued call of this client, not only the one that received it.
      if (response?.status === 429) {
        config.limiter?.pause(serverRequestedDelayMs(response.headers) ?? backoffDelayMs(retry));
      }
      if (!decision.retry) {
        if (outcome.error) throw outcome.error;
        return outcome.response;
      }
      await sleep(decision.delayMs, signal);
    }
  };
}

const runtime = globalThis as { process?: { versions?: { node?: unknown } }; Deno?: unknown };
const IS_DENO = typeof runtime.Deno === "object";

/**
 * Whether this runtime's fetch can send a ReadableStream body (Node, Bun, Deno). Browsers stream
 * request bodies only over HTTP/2 and workerd not to every host: there an upload is sent as a Blob.
 */
const STREAMS_REQUEST_BODIES = typeof runtime.process?.versions?.node === "string" || IS_DENO;

/**
 * Whether an upload goes as a stream: where the runtime can send one, except a Blob in Deno, whose fetch
 * drops the Content-Length of a stream: a Blob body says its length, and Deno's Blobs are in memory anyway.
 */
const streamsUpload = (upload: UploadBody) => STREAMS_REQUEST_BODIES && !(IS_DENO && upload.fromBlob);

/**
 * One HTTP request under its own timeout; the body is read inside it, so a cut-off body is retried too.
 * An upload's timeout counts idle time: every chunk that leaves starts it again.
 */
async function attempt(
  config: TransportConfig,
  input: Request | string,
  init: RequestInit,
  light: boolean,
  signal: AbortSignal | undefined,
  { timeoutMs, idempotent, int64, onUploadProgress }: CallSettings,
  slot: RateLimitSlot | undefined,
  upload: UploadBody | undefined,
  canRetry: boolean,
): Promise<Outcome> {
  const controller = new AbortController();
  // Settles the attempt even when a token function or a fetch implementation ignores the signal.
  let stop!: (reason?: unknown) => void;
  const stopped = new Promise<never>((_resolve, reject) => {
    stop = reject;
  });
  stopped.catch(() => {});
  let timedOut = false;
  let lastActive = performance.now();
  let timer: ReturnType<typeof setTimeout>;
  const onTimer = () => {
    const idle = performance.now() - lastActive;
    if (idle < timeoutMs) {
      timer = setTimeout(onTimer, timeoutMs - idle);
      return;
    }
    timedOut = true;
    controller.abort();
    stop();
  };
  timer = setTimeout(onTimer, timeoutMs);
  let releaseBody: (() => void) | undefined;
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
    const sendInit: RequestInit = { ...init, signal: controller.signal };
    if (upload !== undefined) {
      const total = upload.size;
      if (streamsUpload(upload)) {
        // redirect "error": undici keeps a streamed body in memory while a redirect may still replay it.
        sendInit.redirect = "error";
        const body = upload.stream((sent) => {
          lastActive = performance.now();
          onUploadProgress?.({ sent, total });
        });
        releaseBody = body.release;
        sendInit.body = body.stream;
        (sendInit as { duplex?: string }).duplex = "half";
      } else {
        sendInit.body = await Promise.race([upload.blob(), stopped]);
      }
    }
    // fetch(request, init), never fetch(new Request(request, init)): undici links a copied Request's
    // signal weakly, and once that copy is garbage-collected an abort no longer reaches the socket.
    const response = await Promise.race([fetchImpl(input, sendInit), stopped]);
    slot?.answered();
    return {
      response: light
        ? textResponse(response, await Promise.race([response.text(), stopped]))
        : bufferedResponse(response, await Promise.race([response.arrayBuffer(), stopped]), int64),
    };
  } catch (error) {
    if (signal?.aborted) throw new GongAbortError(signal.reason);
    if (upload?.failure !== undefined) throw upload.failure;
    const note =
      (idempotent ? "" : MAY_HAVE_BEEN_PROCESSED) +
      (canRetry && upload && !upload.replayable ? NOT_RESENT : "");
    if (timedOut) return { error: new GongTimeoutError(timeoutMs, note), nothingSent: false };
    if (error instanceof GongError) throw error;
    await throwIfCorsRefused(error, input, config.fetch ?? globalThis.fetch);
    const code = networkErrorCode(error);
    const nothingSent = NOTHING_SENT.has(code);
    return {
      error: new GongConnectionError(`Could not reach Gong (${code})${nothingSent ? "" : note}`, {
        cause: error,
      }),
      nothingSent,
    };
  } finally {
    releaseBody?.();
    slot?.answered();
    clearTimeout(timer);
    signal?.removeEventListener("abort", onAbort);
  }
}

/** Socket errors that happen before a request leaves: a write that cannot have been processed. */
const NOTHING_SENT = new Set(["ECONNREFUSED", "ENOTFOUND", "EAI_AGAIN", "UND_ERR_CONNECT_TIMEOUT"]);

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
