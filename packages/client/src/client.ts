import type { paths } from "@gongkit/types";
import createClient, { type Client } from "openapi-fetch";
import { createAuthorizer, type GongAuth } from "./auth.js";
import { GongInvalidArgumentError, GongInvalidResponseError } from "./errors.js";
import { createResources, type GongResources, operationsMeta } from "./generated/resources.js";
import { defaultHeaders } from "./headers.js";
import { LightRequest } from "./light-request.js";
import { createRateLimiter, type GongRateLimiter } from "./rate-limiter.js";
import type { OperationMeta, RequestOptions, ResourceRuntime } from "./resource-runtime.js";
import { classifyResponse, parseJsonBody } from "./response.js";
import { isIdempotentMethod } from "./retry.js";
import { type CallSettings, createTransport, NOT_RESENT, notResent } from "./transport.js";
import { UploadBody } from "./upload-body.js";

export interface GongClientOptions {
  /** `{ accessKey, accessKeySecret }` (HTTP basic) or `{ bearerToken }` (OAuth; a function is called per request). */
  auth: GongAuth;
  /** Default: an OAuth session's `apiBaseUrl` (the customer's host), else `https://api.gong.io`. */
  baseUrl?: string | undefined;
  /** Retries after the first attempt, on connection errors, timeouts, 408, 429 and 5xx. Default 2. */
  maxRetries?: number | undefined;
  /** Timeout of each attempt (connect, headers and body), in ms. Default 60_000. */
  timeoutMs?: number | undefined;
  /** A server-requested wait (Retry-After) longer than this is not slept on: the error is thrown at once. Default 60_000. */
  maxRetryDelayMs?: number | undefined;
  /**
   * Client-side spacing of requests. Default `{ requestsPerSecond: 3 }`, Gong's per-company limit; `false`
   * turns it off; a GongRateLimiter (`@gongkit/redis`'s `redisRateLimit`) shares one limit among clients.
   */
  rateLimit?: { requestsPerSecond: number } | GongRateLimiter | false | undefined;
  /** The fetch used for every request. Default: `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined;
  /** Extra headers sent with every request. */
  headers?: Record<string, string> | undefined;
}

/** The defaults, in one place. */
export const DEFAULTS = {
  baseUrl: "https://api.gong.io",
  maxRetries: 2,
  timeoutMs: 60_000,
  maxRetryDelayMs: 60_000,
  rateLimit: { requestsPerSecond: 3 },
} as const;

/** The openapi-fetch client for the spec's paths (`gong.GET(...)`), plus the generated resources (`gong.users.get(...)`). */
export type GongClient = Client<paths> & GongResources;

export type { RequestOptions };

/**
 * Creates a Gong client. Everything per client (headers, auth header, base URL, limiter) is
 * prepared here, so a call does only per-call work.
 */
export function createGongClient(options: GongClientOptions): GongClient {
  const { client, runtime } = createClientCore<paths>(options, operationsMeta);
  return { ...client, ...createResources(runtime) };
}

/** openapi-fetch's `request`, untyped: the generated interface gives each method its types. */
type LooseRequest = (
  method: string,
  path: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

const VERBS = ["GET", "PUT", "POST", "DELETE", "OPTIONS", "HEAD", "PATCH", "TRACE"] as const;

/**
 * The endpoint-agnostic core for any spec's `paths`: the openapi-fetch client with auth, retries,
 * timeouts and the limiter applied, and the runtime that generated resources are bound to.
 * `metaByOperation` ("POST /v2/users/extensive" -> its meta) lets `gong.POST(...)` and the other
 * passthrough verbs retry and parse exactly as the generated methods do.
 */
export function createClientCore<Paths extends {}>(
  options: GongClientOptions,
  metaByOperation: Readonly<Record<string, OperationMeta>> = {},
): { client: Client<Paths>; runtime: ResourceRuntime } {
  if (options === null || typeof options !== "object") {
    throw new GongInvalidArgumentError("createGongClient needs an options object with `auth`");
  }
  const { fetch, rateLimit = DEFAULTS.rateLimit } = options;
  // An OAuth session knows the customer's API host; an explicit baseUrl still wins.
  const baseUrl =
    options.baseUrl ?? (options.auth as { apiBaseUrl?: string })?.apiBaseUrl ?? DEFAULTS.baseUrl;
  const authorizer = createAuthorizer(options.auth);
  const defaults: CallSettings = {
    signal: undefined,
    timeoutMs: 0,
    maxRetries: 0,
    idempotent: true,
    int64: undefined,
    onUploadProgress: undefined,
  };
  checkCallOptions(defaults, {
    timeoutMs: options.timeoutMs ?? DEFAULTS.timeoutMs,
    maxRetries: options.maxRetries ?? DEFAULTS.maxRetries,
  });
  if (fetch !== undefined && typeof fetch !== "function") {
    throw new GongInvalidArgumentError("fetch must be a fetch function");
  }
  const shared = typeof (rateLimit as GongRateLimiter | undefined)?.acquire === "function";
  const rps =
    rateLimit && !shared ? (rateLimit as { requestsPerSecond: number }).requestsPerSecond : undefined;
  if (
    rateLimit !== false &&
    !shared &&
    !(typeof rps === "number" && rps > 0 && rps < Number.POSITIVE_INFINITY)
  ) {
    throw new GongInvalidArgumentError(
      "rateLimit must be { requestsPerSecond: <positive number> }, a shared rate limiter, or false",
    );
  }
  const transport = createTransport({
    fetch,
    authorizer,
    limiter: shared ? (rateLimit as GongRateLimiter) : rps ? createRateLimiter(rps) : undefined,
    maxRetryDelayMs: checkMs(options.maxRetryDelayMs ?? DEFAULTS.maxRetryDelayMs, "maxRetryDelayMs", 0),
  });
  const { authorization } = authorizer;
  /** A call's settings: the client's defaults, the operation's meta, then the caller's options. */
  const settingsFor = (method: string, meta: OperationMeta, call: RequestOptions | undefined) => {
    const settings: CallSettings = {
      ...defaults,
      idempotent: meta.idempotent ?? isIdempotentMethod(method),
      int64: meta.int64,
    };
    return call === undefined ? settings : checkCallOptions(settings, call);
  };
  const client = createClient<Paths>({
    baseUrl: checkBaseUrl(baseUrl),
    headers: defaultHeaders(options.headers, typeof authorization === "string" ? authorization : undefined),
    fetch: (request: Request) => transport(request, settingsFor(request.method, {}, undefined)),
  });
  // gong.GET(path, init) and the other verbs: the spec's meta for that operation, found by its path.
  const loose = client as unknown as Record<string, (path: string, init?: object) => Promise<unknown>>;
  for (const verb of VERBS) {
    const send = loose[verb]!;
    loose[verb] = (path, init) => {
      const settings = settingsFor(verb, metaByOperation[`${verb} ${path}`] ?? {}, undefined);
      return send(path, { ...init, fetch: (request: Request) => transport(request, settings) });
    };
  }
  // Middleware sees openapi-fetch's Request: once there is any, generated methods build real ones too.
  let requestClass: typeof LightRequest | undefined = LightRequest;
  const { use } = client;
  client.use = (...middleware) => {
    requestClass = undefined;
    use(...middleware);
  };
  const send = client.request as unknown as LooseRequest;
  const runtime: ResourceRuntime = {
    async call<Data>(...[method, path, init, call, meta]: Parameters<ResourceRuntime["call"]>) {
      const settings = settingsFor(method, meta, call);
      // An upload's body goes to the transport as it is: openapi-fetch neither serializes nor copies it.
      const upload = init.body instanceof UploadBody ? init.body : undefined;
      const { data, error, response } = await send(method, path, {
        ...init,
        parseAs: "text",
        Request: upload ? LightRequest : requestClass,
        fetch: (request: LightRequest | Request) => transport(request, settings),
        ...(upload && { bodySerializer: passThrough, headers: { "content-type": upload.contentType } }),
      });
      if (!response.ok) {
        throw classifyResponse(response, error, authorizer, notResent.has(response) ? NOT_RESENT : "");
      }
      if (response.status === 204 || meta.result === "none") return undefined as Data;
      if (!data) throw new GongInvalidResponseError(response.status, response.headers, "its body is empty");
      if (meta.result === "any" && !/json/i.test(response.headers.get("content-type") ?? "")) {
        return data as Data;
      }
      return parseJsonBody(data as string, response, meta.int64) as Data;
    },
  };
  return { client, runtime };
}

const passThrough = (body: unknown) => body;

/** Writes the checked `signal`, `timeoutMs`, `maxRetries` and `onUploadProgress` of `options` over `settings`. */
function checkCallOptions(
  settings: CallSettings,
  options: RequestOptions & Partial<Pick<CallSettings, "onUploadProgress">>,
): CallSettings {
  if (options === null || typeof options !== "object") {
    throw new GongInvalidArgumentError("options must be an object: { signal?, timeoutMs?, maxRetries? }");
  }
  const { signal, timeoutMs, maxRetries, onUploadProgress } = options;
  if (signal) settings.signal = signal;
  if (onUploadProgress !== undefined) {
    if (typeof onUploadProgress !== "function") {
      throw new GongInvalidArgumentError("onUploadProgress must be a function");
    }
    settings.onUploadProgress = onUploadProgress;
  }
  if (timeoutMs !== undefined) settings.timeoutMs = checkMs(timeoutMs, "timeoutMs", 1);
  if (maxRetries !== undefined) {
    if (!(Number.isInteger(maxRetries) && maxRetries >= 0 && maxRetries <= 100)) {
      throw new GongInvalidArgumentError("maxRetries must be an integer from 0 to 100");
    }
    settings.maxRetries = maxRetries;
  }
  return settings;
}

// setTimeout's ceiling: a larger delay would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

function checkMs(value: unknown, name: string, min: number): number {
  if (typeof value === "number" && value >= min && value <= MAX_TIMER_MS) return value;
  throw new GongInvalidArgumentError(
    `${name} must be a number of milliseconds from ${min} to ${MAX_TIMER_MS}`,
  );
}

/** An absolute http(s) URL without credentials (those belong in `auth`); never echoed, it may hold one. */
function checkBaseUrl(value: string): string {
  const url = typeof value === "string" && URL.canParse(value) ? new URL(value) : undefined;
  if (!url || !/^https?:$/.test(url.protocol)) {
    throw new GongInvalidArgumentError(
      "baseUrl must be an absolute http(s) URL, such as https://api.gong.io",
    );
  }
  if (url.username || url.password) {
    throw new GongInvalidArgumentError("baseUrl must not contain credentials: pass them as `auth`");
  }
  return value;
}
