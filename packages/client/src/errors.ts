// Every error the client throws. None of them holds a credential: messages are built from the
// status, Gong's requestId and Gong's error strings only, and inspect/JSON output shows the same.

const inspectSymbol = Symbol.for("nodejs.util.inspect.custom");

/** The base class of every error thrown by @gongkit/client. */
export class GongError extends Error {
  static {
    GongError.prototype.name = "GongError";
  }

  /** What util.inspect and JSON.stringify show: the fields below plus name and message, nothing else. */
  protected details(): Record<string, unknown> {
    return {};
  }

  toJSON(): Record<string, unknown> {
    return { name: this.name, message: this.message, ...this.details() };
  }

  /** Node's util.inspect: the stack and the safe fields, never `cause` (it may come from a user's fetch). */
  [inspectSymbol](): string {
    const fields = Object.entries(this.details())
      .filter(([, value]) => value !== undefined)
      .map(([key, value]) => `${key}: ${JSON.stringify(value)}`);
    const stack = this.stack ?? `${this.name}: ${this.message}`;
    return fields.length === 0 ? stack : `${stack} { ${fields.join(", ")} }`;
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
}

/** Gong answered with a non-2xx status. Subclasses name the common statuses. */
export class GongApiError extends GongError {
  static {
    GongApiError.prototype.name = "GongApiError";
  }
  /** The HTTP status. */
  readonly status: number;
  /** The response headers. */
  readonly headers: Headers;
  /** Gong's request reference id, quoted to Gong support; undefined when the body had none. */
  readonly requestId: string | undefined;
  /** Gong's error messages, from the body's `errors` array. */
  readonly errors: string[];

  constructor(init: GongApiErrorInit) {
    super(apiErrorMessage(init));
    this.status = init.status;
    this.headers = init.headers;
    this.requestId = init.requestId;
    this.errors = init.errors;
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status, requestId: this.requestId, errors: this.errors };
  }
}

/** 400: Gong could not understand the request. Never retried. */
export class GongBadRequestError extends GongApiError {
  static {
    GongBadRequestError.prototype.name = "GongBadRequestError";
  }
}

/** 401: the credentials were refused. Never retried. */
export class GongAuthenticationError extends GongApiError {
  static {
    GongAuthenticationError.prototype.name = "GongAuthenticationError";
  }
}

/** 404: no such resource (for example, no user with that id). Never retried. */
export class GongNotFoundError extends GongApiError {
  static {
    GongNotFoundError.prototype.name = "GongNotFoundError";
  }
}

/** 429: over Gong's rate limit (3 calls per second) or daily quota, after any retries. */
export class GongRateLimitError extends GongApiError {
  static {
    GongRateLimitError.prototype.name = "GongRateLimitError";
  }
  /** How long Gong asked to wait (from `retry-after-ms` or `Retry-After`), in ms; undefined if it did not say. */
  readonly retryAfterMs: number | undefined;

  constructor(init: GongApiErrorInit & { retryAfterMs: number | undefined }) {
    super(init);
    this.retryAfterMs = init.retryAfterMs;
  }

  protected override details(): Record<string, unknown> {
    return { ...super.details(), retryAfterMs: this.retryAfterMs };
  }
}

/** 5xx: Gong (or a proxy in front of it) failed, after any retries. */
export class GongServerError extends GongApiError {
  static {
    GongServerError.prototype.name = "GongServerError";
  }
}

/** A 2xx response whose body is not the JSON the spec promises (truncated, HTML, empty). */
export class GongInvalidResponseError extends GongError {
  static {
    GongInvalidResponseError.prototype.name = "GongInvalidResponseError";
  }
  readonly status: number;
  readonly headers: Headers;

  constructor(status: number, headers: Headers, problem: string, options?: ErrorOptions) {
    super(`Gong answered ${status} but ${problem}`, options);
    this.status = status;
    this.headers = headers;
  }

  protected override details(): Record<string, unknown> {
    return { status: this.status };
  }
}

/** The request never got a complete response: DNS, refused or reset connection, cut-off body. */
export class GongConnectionError extends GongError {
  static {
    GongConnectionError.prototype.name = "GongConnectionError";
  }

  constructor(message = "Could not reach Gong", options?: ErrorOptions) {
    super(message, options);
  }
}

/** An attempt took longer than `timeoutMs`, and so did every retry. */
export class GongTimeoutError extends GongConnectionError {
  static {
    GongTimeoutError.prototype.name = "GongTimeoutError";
  }
  readonly timeoutMs: number;

  constructor(timeoutMs: number) {
    super(`Gong did not answer within ${timeoutMs} ms`);
    this.timeoutMs = timeoutMs;
  }

  protected override details(): Record<string, unknown> {
    return { timeoutMs: this.timeoutMs };
  }
}

/** The caller's `signal` aborted the call; `cause` is the signal's reason. */
export class GongAbortError extends GongError {
  static {
    GongAbortError.prototype.name = "GongAbortError";
  }

  constructor(reason: unknown) {
    super("The request was aborted", { cause: reason });
  }
}

/** An argument was refused before anything was sent (an invalid id, a malformed option). */
export class GongInvalidArgumentError extends GongError {
  static {
    GongInvalidArgumentError.prototype.name = "GongInvalidArgumentError";
  }
}

/** The `auth.bearerToken` function threw or rejected; its error is the `cause` (never shown by inspect/JSON). */
export class GongTokenError extends GongError {
  static {
    GongTokenError.prototype.name = "GongTokenError";
  }
}

function apiErrorMessage({ status, requestId, errors, bodyNote }: GongApiErrorInit): string {
  const id = requestId === undefined ? "" : ` (requestId ${requestId})`;
  const reason =
    errors.length > 0 ? `: ${truncate(errors.join("; "), 300)}` : bodyNote ? `: ${bodyNote}` : "";
  return `Gong API error ${status}${id}${reason}`;
}

function truncate(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max)}…`;
}
