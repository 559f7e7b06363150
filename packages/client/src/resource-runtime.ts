// What the generated resource layer (src/generated/resources.ts) is given: a typed openapi-fetch
// client and a few endpoint-agnostic helpers. Nothing here knows a specific endpoint.
import type { Client } from "openapi-fetch";
import type { Authorizer } from "./auth.js";
import { GongInvalidResponseError } from "./errors.js";
import { checkPathParam, type PathParamRule } from "./path-params.js";
import { classifyResponse } from "./response.js";

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

/** What openapi-fetch resolves to; the runtime only needs this much of it. */
interface FetchResult<Data> {
  data?: Data;
  error?: unknown;
  response: Response;
}

export interface ResourceRuntime<Paths extends {}> {
  readonly client: Client<Paths>;
  /** Returns the value if it satisfies the spec's schema, else throws GongInvalidArgumentError. */
  checkPathParam<T>(value: T, rule: PathParamRule): T;
  /** The fetch to hand openapi-fetch for one call: the client's transport with this call's options. */
  fetchFor(options: RequestOptions | undefined): (request: Request) => Promise<Response>;
  /** The 2xx JSON body, or the typed error for anything else. */
  json<Data>(result: Promise<FetchResult<Data>>): Promise<Data>;
}

export function createResourceRuntime<Paths extends {}>(
  client: Client<Paths>,
  fetchFor: ResourceRuntime<Paths>["fetchFor"],
  authorizer: Authorizer,
): ResourceRuntime<Paths> {
  return {
    client,
    checkPathParam,
    fetchFor,
    async json(result) {
      const { data, error, response } = await result;
      if (!response.ok) throw classifyResponse(response, error, authorizer);
      if (data === undefined) {
        throw new GongInvalidResponseError(response.status, response.headers, "its body is empty");
      }
      return data;
    },
  };
}
