// What the generated resource layer (src/generated/resources.ts) is given. Nothing here knows a
// specific endpoint; the generated interface gives each method its exact types, so `call` is loosely
// typed and tsc does not resolve openapi-fetch's overloads once per operation.
import { checkPathParam, type PathParamRule } from "./path-params.js";

export type { PathParamRule };

/** Options every generated method accepts as its last argument. */
export interface RequestOptions {
  /** Aborts the call at any point, including while waiting to retry. */
  signal?: AbortSignal | undefined;
  /** Per-attempt timeout in ms; defaults to the client's `timeoutMs`. */
  timeoutMs?: number | undefined;
  /** Retries after the first attempt; defaults to the client's `maxRetries`. */
  maxRetries?: number | undefined;
}

export type HttpMethod = "GET" | "PUT" | "POST" | "DELETE" | "OPTIONS" | "HEAD" | "PATCH" | "TRACE";

/** openapi-fetch's `params` and `body`, already checked by the generated method. */
export interface OperationInit {
  params: { path?: Record<string, unknown>; query?: object };
  body?: unknown;
}

export interface ResourceRuntime {
  /**
   * Sends one operation through openapi-fetch and the client's transport: resolves to the parsed
   * 2xx body (undefined for a 204), throws the typed error for anything else.
   */
  call<Data>(
    method: HttpMethod,
    path: string,
    init: OperationInit,
    options: RequestOptions | undefined,
  ): Promise<Data>;
  /** Returns the value if it satisfies the spec's schema, else throws GongInvalidArgumentError. */
  checkPathParam<T>(value: T, rule: PathParamRule): T;
}

export { checkPathParam };
