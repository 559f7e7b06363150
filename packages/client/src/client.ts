import type { paths } from "@gongkit/types";
import createClient, { type Client } from "openapi-fetch";
import { type Authorizer, createAuthorizer, type GongAuth } from "./auth.js";
import { GongInvalidArgumentError, GongInvalidResponseError } from "./errors.js";
import { createResources, type GongResources } from "./generated/resources.js";
import { defaultHeaders } from "./headers.js";
import { LightRequest } from "./light-request.js";
import { createRateLimiter } from "./rate-limiter.js";
import { checkPathParam, type RequestOptions, type ResourceRuntime } from "./resource-runtime.js";
import { classifyResponse, parseJsonBody } from "./response.js";
import { type CallSettings, createTransport } from "./transport.js";

export interface GongClientOptions {
  /** `{ accessKey, accessKeySecret }` (HTTP basic) or `{ bearerToken }` (OAuth; a function is called per request). */
  auth: GongAuth;
  /** Default `https://api.gong.io`; OAuth apps pass the token response's `api_base_url_for_customer`. */
  baseUrl?: string | undefined;
  /** Retries after the first attempt, on connection errors, timeouts, 408, 429 and 5xx. Default 2. */
  maxRetries?: number | undefined;
  /** Timeout of each attempt (connect, headers and body), in ms. Default 60_000. */
  timeoutMs?: number | undefined;
  /** A server-requested wait (Retry-After) longer than this is not slept on: the error is thrown at once. Default 60_000. */
  maxRetryDelayMs?: number | undefined;
  /** Client-side spacing of requests. Default `{ requestsPerSecond: 3 }`, Gong's per-company limit; `false` turns it off. */
  rateLimit?: { requestsPerSecond: number } | false | undefined;
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
  const { client, runtime } = createClientCore<paths>(options);
  return { ...client, ...createResources(runtime) };
}

/**
 * The endpoint-agnostic core for any spec's `paths`: the openapi-fetch client with auth, retries,
 * timeouts and the limiter applied, and the runtime that generated resources are bound to.
 */
export function createClientCore<Paths extends {}>(
  options: GongClientOptions,
): { client: Client<Paths>; runtime: ResourceRuntime } {
  if (options === null || typeof options !== "object") {
    throw new GongInvalidArgumentError("createGongClient needs an options object with `auth`");
  }
  const authorizer = createAuthorizer(options.auth);
  const defaults: CallSettings = {
    signal: undefined,
    timeoutMs: checkTimeoutMs(options.timeoutMs ?? DEFAULTS.timeoutMs, "timeoutMs"),
    maxRetries: checkMaxRetries(options.maxRetries ?? DEFAULTS.maxRetries),
  };
  const transport = createTransport({
    fetch: checkFetch(options.fetch),
    authorizer,
    limiter: rateLimiterFor(options.rateLimit ?? DEFAULTS.rateLimit),
    maxRetryDelayMs: checkTimeoutMs(
      options.maxRetryDelayMs ?? DEFAULTS.maxRetryDelayMs,
      "maxRetryDelayMs",
      0,
    ),
  });
  const defaultFetch = (request: Request) => transport(request, defaults);
  const client = createClient<Paths>({
    baseUrl: checkBaseUrl(options.baseUrl ?? DEFAULTS.baseUrl),
    headers: defaultHeaders(options.headers, staticAuthorization(authorizer)),
    fetch: defaultFetch,
  });
  // Middleware sees openapi-fetch's Request: once there is any, generated methods build real ones too.
  let RequestClass: typeof LightRequest | undefined = LightRequest;
  const use = client.use;
  client.use = (...middleware) => {
    RequestClass = undefined;
    use(...middleware);
  };
  const send = client.request as unknown as LooseRequest;
  const runtime: ResourceRuntime = {
    checkPathParam,
    async call<Data>(...[method, path, init, call]: Parameters<ResourceRuntime["call"]>) {
      const settings = call === undefined ? defaults : callSettings(defaults, call);
      const { data, error, response } = await send(method, path, {
        ...init,
        parseAs: "text",
        Request: RequestClass,
        fetch: (request: Request | LightRequest) => transport(request, settings),
      });
      if (!response.ok) throw classifyResponse(response, error, authorizer);
      if (response.status === 204) return undefined as Data;
      if (!data) throw new GongInvalidResponseError(response.status, response.headers, "its body is empty");
      return parseJsonBody(data as string, response) as Data;
    },
  };
  return { client, runtime };
}

/** openapi-fetch's `request`, untyped: the generated interface gives each method its types. */
type LooseRequest = (
  method: string,
  path: string,
  init: object,
) => Promise<{ data?: unknown; error?: unknown; response: Response }>;

function staticAuthorization({ authorization }: Authorizer): string | undefined {
  return typeof authorization === "string" ? authorization : undefined;
}

/** The client's settings with one call's overrides, checked like the client's own. */
function callSettings(defaults: CallSettings, call: RequestOptions): CallSettings {
  if (call === null || typeof call !== "object") {
    throw new GongInvalidArgumentError("options must be an object: { signal?, timeoutMs?, maxRetries? }");
  }
  return {
    signal: call.signal ?? defaults.signal,
    timeoutMs:
      call.timeoutMs === undefined ? defaults.timeoutMs : checkTimeoutMs(call.timeoutMs, "timeoutMs"),
    maxRetries: call.maxRetries === undefined ? defaults.maxRetries : checkMaxRetries(call.maxRetries),
  };
}

// setTimeout's ceiling: a larger delay would fire at once.
const MAX_TIMER_MS = 2_147_483_647;

function checkTimeoutMs(value: unknown, name: string, min = 1): number {
  if (typeof value === "number" && value >= min && value <= MAX_TIMER_MS) return value;
  throw new GongInvalidArgumentError(
    `${name} must be a number of milliseconds from ${min} to ${MAX_TIMER_MS}`,
  );
}

function checkMaxRetries(value: unknown): number {
  if (typeof value === "number" && Number.isInteger(value) && value >= 0 && value <= 100) return value;
  throw new GongInvalidArgumentError("maxRetries must be an integer from 0 to 100");
}

function checkFetch(value: unknown): typeof fetch | undefined {
  if (value === undefined || typeof value === "function") return value as typeof fetch | undefined;
  throw new GongInvalidArgumentError("fetch must be a fetch function");
}

function rateLimiterFor(rateLimit: GongClientOptions["rateLimit"]) {
  if (rateLimit === false) return undefined;
  const rps = rateLimit?.requestsPerSecond;
  if (typeof rps === "number" && rps > 0 && Number.isFinite(rps)) return createRateLimiter(rps);
  throw new GongInvalidArgumentError("rateLimit must be { requestsPerSecond: <positive number> } or false");
}

/** An absolute http(s) URL without credentials (those belong in `auth`); never echoed, it may hold one. */
function checkBaseUrl(value: unknown): string {
  const url = typeof value === "string" && URL.canParse(value) ? new URL(value) : undefined;
  if (url === undefined || (url.protocol !== "https:" && url.protocol !== "http:")) {
    throw new GongInvalidArgumentError(
      "baseUrl must be an absolute http(s) URL, such as https://api.gong.io",
    );
  }
  if (url.username !== "" || url.password !== "") {
    throw new GongInvalidArgumentError("baseUrl must not contain credentials: pass them as `auth`");
  }
  return value as string;
}
