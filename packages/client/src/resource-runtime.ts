// What the generated resource layer (src/generated/resources.ts) is built from. Nothing here knows a
// specific endpoint; the generated interface gives each method its exact types, so `call` and
// `operation` are loosely typed and tsc does not check one method body per operation.
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
}

/** Whether a method takes a `body` or `query` argument, and whether it may be left out. */
type Part = "none" | "optional" | "required";

/**
 * One generated method. Its arguments are the path parameters in path order, then `body`, then
 * `query`, then `options`. Every path parameter is checked against the spec's schema before the
 * request is built.
 */
export function operation(
  rt: ResourceRuntime,
  verb: HttpMethod,
  path: string,
  rules: readonly PathParamRule[],
  body: Part,
  query: Part,
): (...args: unknown[]) => Promise<unknown> {
  return async (...args) => {
    let next = 0;
    const params: OperationInit["params"] = {};
    if (rules.length > 0) {
      const values: Record<string, unknown> = {};
      for (const rule of rules) values[rule.name] = checkPathParam(args[next++], rule);
      params.path = values;
    }
    const init: OperationInit = { params };
    if (body !== "none") {
      const value = args[next++];
      if (body === "required" || value) init.body = value;
    }
    if (query !== "none") {
      const value = args[next++];
      if (query === "required" || value) params.query = value as object;
    }
    return rt.call(verb, path, init, args[next] as RequestOptions | undefined);
  };
}
