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
 * The bytes are kept as they are rather than wrapped in a new stream (a Response built from bytes
 * costs several times one built without), and every body reader serves them. `json()` turns a body
 * that is not JSON into GongInvalidResponseError instead of a bare SyntaxError.
 */
export class BufferedResponse extends Response {
  readonly #bytes: Uint8Array<ArrayBuffer>;

  constructor(original: Response, bytes: ArrayBuffer) {
    super(null, {
      status: original.status,
      statusText: original.statusText,
      headers: describeBody(original.headers, bytes.byteLength),
    });
    this.#bytes = new Uint8Array(bytes);
    Object.defineProperty(this, "url", { value: original.url });
  }

  static {
    // `body` is an accessor on Response.prototype: a stream is made only for a caller who asks.
    Object.defineProperty(BufferedResponse.prototype, "body", {
      get(this: BufferedResponse) {
        return NULL_BODY_STATUSES.has(this.status) ? null : new Response(this.#bytes).body;
      },
    });
  }

  override async json(): Promise<unknown> {
    return parseJsonBody(this.#bytes, this.status, this.headers);
  }

  override async text(): Promise<string> {
    return decoder.decode(this.#bytes);
  }

  override async arrayBuffer(): Promise<ArrayBuffer> {
    return this.#bytes.slice().buffer;
  }

  override async bytes(): Promise<Uint8Array<ArrayBuffer>> {
    return this.#bytes.slice();
  }

  override async blob(): Promise<Blob> {
    return new Blob([this.#bytes], { type: this.headers.get("content-type") ?? "" });
  }

  override async formData(): Promise<FormData> {
    return new Response(this.#bytes, { headers: this.headers }).formData();
  }

  override clone(): BufferedResponse {
    return new BufferedResponse(this, this.#bytes.slice().buffer);
  }
}

/** Headers for the decoded, complete body (copied only when the wire headers do not already say so). */
function describeBody(wire: Headers, length: number): Headers {
  const contentLength = String(length);
  if (wire.get("content-length") === contentLength && !wire.has("content-encoding")) return wire;
  const headers = new Headers(wire);
  headers.delete("content-encoding");
  headers.delete("transfer-encoding");
  headers.set("content-length", contentLength);
  return headers;
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
