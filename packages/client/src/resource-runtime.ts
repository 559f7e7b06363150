// What the generated resource layer (src/generated/resources.ts) is built from. Nothing here knows a
// specific endpoint; the generated interface gives each method its exact types, so `call` and
// `operation` are loosely typed and tsc does not check one method body per operation.
import { type ItemsOf, PagePromise } from "./pagination.js";
import { checkPathParams, type PathParamRule } from "./path-params.js";

export { type UploadMedia, type UploadOptions, type UploadRecords, upload } from "./upload-operation.js";
export { type WaitOptions, waitFor } from "./wait.js";
export type { ItemsOf, PagePromise, PathParamRule };

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

/** What the spec says of an operation beyond its parameters (the generator writes only what is set). */
export interface OperationMeta {
  /** `x-gongkit-idempotent` of a POST: it only reads, so it may be sent again after a timeout or a 5xx. */
  idempotent?: boolean;
  /** `x-gongkit-pagination`: where the cursor goes, and the 200 body's array of items. */
  page?: { cursor: "query" | "body"; items: string };
  /** Response properties that are 64-bit integers: parsed with every digit, as strings. */
  int64?: readonly string[];
  /** The success response has no body (`none`), or one that may not be JSON (`any`: parsed when it is). */
  result?: "none" | "any";
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
    meta: OperationMeta,
  ): Promise<Data>;
}

/** Whether a method takes a `body` or `query` argument, and whether it may be left out. */
type Part = "none" | "optional" | "required";

/**
 * One generated method. Its arguments are the path parameters in path order, then `body`, then
 * `query`, then `options`. Every path parameter is checked against the spec's schema before the
 * request is built. A paged operation returns a PagePromise that asks for later pages with the same
 * inputs and the cursor.
 */
export function operation(
  rt: ResourceRuntime,
  verb: HttpMethod,
  path: string,
  rules: readonly PathParamRule[],
  body: Part,
  query: Part,
  meta: OperationMeta = {},
): (...args: unknown[]) => Promise<unknown> {
  return (...args) => {
    let init: OperationInit;
    let options: RequestOptions | undefined;
    try {
      [init, options] = readArguments(args, rules, body, query);
    } catch (error) {
      return Promise.reject(error);
    }
    const first = rt.call(verb, path, init, options, meta);
    const { page } = meta;
    if (page === undefined) return first;
    return new PagePromise(first, {
      items: page.items,
      operation: `${verb} ${path}`,
      // The same inputs with the cursor, in the query or beside the body's other fields.
      next: (cursor) => {
        const next: OperationInit =
          page.cursor === "query"
            ? { ...init, params: { ...init.params, query: { ...init.params.query, cursor } } }
            : { ...init, body: { ...(init.body as object), cursor } };
        return rt.call(verb, path, next, options, meta);
      },
    });
  };
}

/** The method's arguments as openapi-fetch's `params` and `body`, and the call's options. */
function readArguments(
  args: unknown[],
  rules: readonly PathParamRule[],
  body: Part,
  query: Part,
): [OperationInit, RequestOptions | undefined] {
  let next = rules.length;
  const params: OperationInit["params"] = {};
  const pathValues = checkPathParams(args, rules);
  if (pathValues) params.path = pathValues;
  const init: OperationInit = { params };
  if (body !== "none") {
    const value = args[next++];
    if (body === "required" || value) init.body = value;
  }
  if (query !== "none") {
    const value = args[next++];
    if (query === "required" || value) params.query = value as object;
  }
  return [init, args[next] as RequestOptions | undefined];
}
