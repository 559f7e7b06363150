import type { Authorizer } from "./auth.js";
import {
  GongApiError,
  type GongApiErrorInit,
  GongAuthenticationError,
  GongBadRequestError,
  GongInvalidResponseError,
  GongNotFoundError,
  GongRateLimitError,
  GongServerError,
} from "./errors.js";
import { serverRequestedDelayMs } from "./retry.js";

// Statuses whose Response must have a null body (Fetch standard).
const NULL_BODY_STATUSES = new Set([101, 103, 204, 205, 304]);
const decoder = new TextDecoder();

/**
 * A response whose body was read in full inside the attempt (so the timeout and retries cover it).
 * `json()` turns a body that is not JSON into GongInvalidResponseError instead of a bare SyntaxError.
 */
export class BufferedResponse extends Response {
  readonly #bytes: Uint8Array;

  constructor(original: Response, bytes: ArrayBuffer) {
    const headers = new Headers(original.headers);
    // The body below is the decoded, complete body: describe it, not what came over the wire.
    headers.delete("content-encoding");
    headers.delete("transfer-encoding");
    headers.set("content-length", String(bytes.byteLength));
    const body = NULL_BODY_STATUSES.has(original.status) ? null : bytes;
    super(body, { status: original.status, statusText: original.statusText, headers });
    this.#bytes = new Uint8Array(bytes);
    Object.defineProperty(this, "url", { value: original.url });
  }

  override async json(): Promise<unknown> {
    return parseJsonBody(this.#bytes, this.status, this.headers);
  }
}

function parseJsonBody(bytes: Uint8Array, status: number, headers: Headers): unknown {
  try {
    return JSON.parse(decoder.decode(bytes));
  } catch (error) {
    const type = headers.get("content-type") ?? "no content type";
    throw new GongInvalidResponseError(
      status,
      headers,
      `its body is not valid JSON (${type}, ${bytes.byteLength} bytes)`,
      { cause: error },
    );
  }
}

/**
 * The typed error for a non-2xx response. `body` is what openapi-fetch made of it: Gong's
 * `{ requestId, errors }` object, or the raw text when it was not JSON (a proxy's HTML page).
 */
export function classifyResponse(response: Response, body: unknown, authorizer: Authorizer): GongApiError {
  const init: GongApiErrorInit = {
    status: response.status,
    headers: response.headers,
    ...readErrorBody(body),
  };
  // A misbehaving proxy or server can echo the Authorization header back; it must not reach the error.
  init.errors = init.errors.map((text) => authorizer.redact(text));
  if (init.requestId !== undefined) init.requestId = authorizer.redact(init.requestId);
  switch (response.status) {
    case 400:
      return new GongBadRequestError(init);
    case 401:
      return new GongAuthenticationError(init);
    case 404:
      return new GongNotFoundError(init);
    case 429:
      return new GongRateLimitError({ ...init, retryAfterMs: serverRequestedDelayMs(response.headers) });
    default:
      return response.status >= 500 ? new GongServerError(init) : new GongApiError(init);
  }
}

function readErrorBody(body: unknown): Pick<GongApiErrorInit, "requestId" | "errors" | "bodyNote"> {
  if (body !== null && typeof body === "object") {
    const { requestId, errors } = body as { requestId?: unknown; errors?: unknown };
    return {
      requestId: typeof requestId === "string" ? requestId : undefined,
      errors: Array.isArray(errors) ? errors.filter((e): e is string => typeof e === "string") : [],
    };
  }
  const bodyNote = typeof body === "string" && body !== "" ? "the body was not JSON" : "the body was empty";
  return { requestId: undefined, errors: [], bodyNote };
}
