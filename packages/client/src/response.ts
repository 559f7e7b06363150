import type { Authorizer } from "./auth.js";
import {
  GongApiError,
  type GongApiErrorInit,
  GongAuthenticationError,
  GongBadRequestError,
  GongConflictError,
  GongCreditsExhaustedError,
  GongCursorExpiredError,
  GongForbiddenError,
  GongInvalidResponseError,
  GongNotFoundError,
  GongRateLimitError,
  GongServerError,
} from "./errors.js";
import { parseJsonLossless } from "./lossless-json.js";
import { serverRequestedDelayMs } from "./retry.js";

/**
 * A generated method's response: the body already read as text inside the attempt, so the timeout
 * and retries cover it. Only openapi-fetch (with `parseAs: "text"`) and the runtime ever see it,
 * never the caller, so it carries just what they read rather than a second Response.
 */
export function textResponse(wire: Response, text: string): Response {
  const { status, statusText, ok, headers, url } = wire;
  return { status, statusText, ok, headers, url, text: () => Promise.resolve(text) } as Response;
}

/**
 * `gong.GET`'s response: a real Response over the bytes read inside the attempt, with headers that
 * describe the decoded body. `json()` turns a body that is not JSON into GongInvalidResponseError
 * instead of a bare SyntaxError.
 */
export function bufferedResponse(wire: Response, bytes: ArrayBuffer, int64?: readonly string[]): Response {
  const { status, headers } = wire;
  // A 204, 205 or 304 must have a null body (Fetch standard).
  const nullBody = status === 204 || status === 205 || status === 304;
  const response = new Response(nullBody ? null : bytes, {
    status,
    statusText: wire.statusText,
    headers: describeBody(headers, bytes.byteLength),
  });
  Object.defineProperty(response, "url", { value: wire.url });
  response.json = async () => parseJsonBody(new TextDecoder().decode(bytes), response, int64);
  return response;
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

/** The parsed body (its `int64` properties' integers as strings), or GongInvalidResponseError naming what came instead. */
export function parseJsonBody(
  text: string,
  { status, headers }: Response,
  int64?: readonly string[] | undefined,
): unknown {
  try {
    return parseJsonLossless(text, int64);
  } catch (error) {
    const type = headers.get("content-type") ?? "no content type";
    throw new GongInvalidResponseError(
      status,
      headers,
      `its body is not valid JSON (${type}, ${text.length} characters)`,
      { cause: error },
    );
  }
}

/**
 * The typed error for a non-2xx response. `body` is what openapi-fetch made of it: Gong's
 * `{ requestId, errors }` object, or the raw text when it was not JSON (a proxy's HTML page).
 */
export function classifyResponse(
  response: Response,
  body: unknown,
  { redact }: Authorizer,
  note = "",
): GongApiError {
  const { status, headers } = response;
  const { requestId, errors } = (body ?? {}) as { requestId?: unknown; errors?: unknown };
  const init: GongApiErrorInit = {
    status,
    headers,
    // A misbehaving proxy or server can echo the Authorization header back; it must not reach the error.
    requestId: typeof requestId === "string" ? redact(requestId) : undefined,
    errors: Array.isArray(errors) ? errors.filter((e) => typeof e === "string").map(redact) : [],
    note,
  };
  if (typeof body !== "object") init.bodyNote = body ? "the body was not JSON" : "the body was empty";
  const said = (pattern: RegExp) => init.errors.some((error) => pattern.test(error));
  if (status === 400) {
    if (!said(CURSOR_EXPIRED)) return new GongBadRequestError(init);
    return new GongCursorExpiredError({ ...init, note: `${note}${CURSOR_EXPIRED_NOTE}` });
  }
  if (status === 401) return new GongAuthenticationError(init);
  if (status === 402) return new GongCreditsExhaustedError({ ...init, note: `${note}${CREDITS_NOTE}` });
  if (status === 403) return new GongForbiddenError(init);
  if (status === 404) {
    if (!said(NOTHING_MATCHES)) return new GongNotFoundError(init);
    return new GongNotFoundError({ ...init, note: `${note}${NOTHING_MATCHES_NOTE}`, nothingMatches: true });
  }
  if (status === 409) return new GongConflictError(init);
  if (status === 429)
    return new GongRateLimitError({ ...init, retryAfterMs: serverRequestedDelayMs(headers) });
  return status >= 500 ? new GongServerError(init) : new GongApiError(init);
}

/** Gong's 404 for a list whose filter matches nothing: "No calls found corresponding to the provided filters". */
const NOTHING_MATCHES = /\bno\b.*\bfound\b.*\bfilters?\b/i;
const NOTHING_MATCHES_NOTE =
  ". This 404 means nothing matches the filter (an empty list; a key without access to those records gets the same answer): iterating the list ends with zero items";

/** Gong's 400 for a cursor older than about an hour. */
const CURSOR_EXPIRED = /\bcursor\b.*\bexpired\b/i;
const CURSOR_EXPIRED_NOTE =
  ". Gong's cursors expire about an hour after a listing's first page: restart the listing, for example from the last item read";

const CREDITS_NOTE = ". The company's Gong credits for AI operations are spent";
