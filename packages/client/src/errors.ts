// Every error the client throws. None of them holds a credential: messages are built from the
// status, Gong's requestId and Gong's (redacted) error strings only, and inspect/JSON show the same.

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");
// What JSON and util.inspect show besides name and message. Never `headers` or `cause`: a server or
// a user's fetch can echo a credential into them.
const SHOWN = [
  "status",
  "requestId",
  "errors",
  "retryAfterMs",
  "timeoutMs",
  "pagesRead",
  "itemsRead",
] as const;

/** The base class of every error thrown by @gongkit/client. */
export class GongError extends Error {
  toJSON(): Record<string, unknown> {
    const json: Record<string, unknown> = { name: this.name, message: this.message };
    for (const key of SHOWN) if (key in this) json[key] = this[key as keyof this];
    return json;
  }

  /** Node's util.inspect: the stack and the fields above. */
  [inspectSymbol](): string {
    const { name, message, ...fields } = this.toJSON();
    const shown = JSON.stringify(fields);
    return shown === "{}" ? `${this.stack}` : `${this.stack} ${shown}`;
  }
}

/** The body Gong sends with every error: `{ requestId, errors: string[] }`. */
export interface GongApiErrorInit {
  status: number;
  headers: Headers;
  requestId: string | undefined;
  errors: string[];
  /** Set when the body was not Gong's JSON error shape (a proxy's HTML page, an empty body). */
  bodyNote?: string;
  /** Appended to the message: what the client made of the error (starts with "; " or ". "). */
  note?: string;
}

/** Gong answered with a non-2xx status. Subclasses name the common statuses. */
export class GongApiError extends GongError {
  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** Gong's request reference id, quoted to Gong support; undefined when the body had none. */
  readonly requestId: string | undefined;
  /** Gong's error messages, from the body's `errors` array. */
  readonly errors: string[];

  constructor({ status, headers, requestId, errors, bodyNote, note = "" }: GongApiErrorInit) {
    const reason = errors.length > 0 ? truncate(errors.join("; ")) : bodyNote;
    super(
      `Gong API error ${status}${requestId ? ` (requestId ${requestId})` : ""}${reason ? `: ${reason}` : ""}${note}`,
    );
    this.status = status;
    this.headers = headers;
    this.requestId = requestId;
    this.errors = errors;
  }
}

/** 400: Gong could not understand the request. Never retried. */
export class GongBadRequestError extends GongApiError {}

/** 401: the credentials were refused. Never retried. */
export class GongAuthenticationError extends GongApiError {}

/** 403: the credentials are valid but may not do this (a missing scope, a limited-release endpoint). Never retried. */
export class GongForbiddenError extends GongApiError {}

/**
 * 404: no such resource (for example, no user with that id). Never retried. Gong also answers a list
 * whose filter matches nothing with 404 ("No calls found corresponding to the provided filters"):
 * iterating a paged method ends with zero items then, and `nothingMatches` is true.
 */
export class GongNotFoundError extends GongApiError {
  /** True when Gong's message says no record matches the request's filter (an empty list, not a missing resource). */
  readonly nothingMatches: boolean;

  constructor(init: GongApiErrorInit & { nothingMatches?: boolean }) {
    super(init);
    this.nothingMatches = init.nothingMatches === true;
  }
}

/** 402: the company's Gong credits for AI operations (ask-entity, briefs) are spent. Never retried. */
export class GongCreditsExhaustedError extends GongApiError {}

/**
 * 400 "cursor has expired": Gong's cursors expire about an hour after a listing's first page. Never
 * retried with the same cursor; `pagesRead` and `itemsRead` say how far the iteration got. Restart the
 * listing (with a narrower window, for example from the last item's date) to continue.
 */
export class GongCursorExpiredError extends GongBadRequestError {
  /** Pages the iteration had read (and yielded) before the expired cursor. */
  pagesRead = 0;
  /** Items the iteration had yielded before the expired cursor. */
  itemsRead = 0;
}

/** 409: the request conflicts with the current state (an event already reported, an integration already registered). Never retried. */
export class GongConflictError extends GongApiError {}

/** 429: over Gong's rate limit (3 calls per second) or daily quota, after any retries. */
export class GongRateLimitError extends GongApiError {
  /** How long Gong asked to wait (from `retry-after-ms` or `Retry-After`), in ms; undefined if it did not say. */
  readonly retryAfterMs: number | undefined;

  constructor(init: GongApiErrorInit & { retryAfterMs: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }
}

/** 5xx: Gong (or a proxy in front of it) failed, after any retries. */
export class GongServerError extends GongApiError {}

/** A 2xx response whose body is not the JSON the spec promises (truncated, HTML, empty). */
export class GongInvalidResponseError extends GongError {
  readonly status: number;
  readonly headers: Headers;

  constructor(status: number, headers: Headers, problem: string, options?: ErrorOptions) {
    super(`Gong answered ${status} but ${problem}`, options);
    this.status = status;
    this.headers = headers;
  }
}

/** The request never got a complete response: DNS, refused or reset connection, cut-off body. */
export class GongConnectionError extends GongError {
  constructor(message = "Could not reach Gong", options?: ErrorOptions) {
    super(message, options);
  }
}

/** An attempt took longer than `timeoutMs`, and so did every retry. */
export class GongTimeoutError extends GongConnectionError {
  readonly timeoutMs: number;

  constructor(timeoutMs: number, note = "") {
    super(`Gong did not answer within ${timeoutMs} ms${note}`);
    this.timeoutMs = timeoutMs;
  }
}

/** Said of a request that is not idempotent when its fate is unknown (a timeout, a reset). */
export const MAY_HAVE_BEEN_PROCESSED =
  "; the request may have been processed, so it was not sent again (the operation is not idempotent)";

/**
 * A paged listing cannot go on: the server sent a cursor it had already sent, or a page without items
 * that still has a cursor. Thrown by the iteration after the items already yielded, never a loop.
 */
export class GongPaginationError extends GongError {}

/** The caller's `signal` aborted the call; `cause` is the signal's reason. */
export class GongAbortError extends GongError {
  constructor(reason: unknown) {
    super("The request was aborted", { cause: reason });
  }
}

/**
 * A job Gong runs after answering (a CRM upload, a bulk flow assignment) ended FAILED. `result` is
 * Gong's last status body, with its line errors.
 */
export class GongJobFailedError extends GongError {
  /** Gong's final status body. */
  readonly result: unknown;

  constructor(message: string, result: unknown) {
    super(message);
    this.result = result;
  }
}

/** A job was still not done when the wait's `timeoutMs` ran out; `result` is the last status body. */
export class GongJobTimeoutError extends GongError {
  readonly timeoutMs: number;
  /** Gong's last status body. */
  readonly result: unknown;

  constructor(message: string, timeoutMs: number, result: unknown) {
    super(message);
    this.timeoutMs = timeoutMs;
    this.result = result;
  }
}

/** An argument was refused before anything was sent (an invalid id, a malformed option). */
export class GongInvalidArgumentError extends GongError {}

/** The `auth.bearerToken` function threw or rejected; its error is the `cause` (never shown by inspect/JSON). */
export class GongTokenError extends GongError {}

// `name` on each prototype, as Error's own is: a minifier renames the classes, so it cannot come from them.
for (const [name, type] of Object.entries({
  GongError,
  GongApiError,
  GongBadRequestError,
  GongAuthenticationError,
  GongForbiddenError,
  GongNotFoundError,
  GongCreditsExhaustedError,
  GongCursorExpiredError,
  GongConflictError,
  GongRateLimitError,
  GongServerError,
  GongInvalidResponseError,
  GongPaginationError,
  GongJobFailedError,
  GongJobTimeoutError,
  GongConnectionError,
  GongTimeoutError,
  GongAbortError,
  GongInvalidArgumentError,
  GongTokenError,
})) {
  type.prototype.name = name;
}

function truncate(text: string, max = 300): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
