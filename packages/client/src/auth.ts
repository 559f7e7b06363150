import { GongError, GongInvalidArgumentError, GongTokenError } from "./errors.js";

/** HTTP basic with an access key and its secret (Company Settings > Ecosystem > API). */
export interface AccessKeyAuth {
  accessKey: string;
  accessKeySecret: string;
}

/** OAuth: a bearer token, or a function returning one, called before every HTTP request. */
export interface BearerAuth {
  bearerToken: string | (() => string | Promise<string>);
  /**
   * Told the token Gong answered 401 to; resolves true when a new token is ready, and the request is then
   * sent once more. An OAuth session (`@gongkit/client/oauth`) refreshes here.
   */
  onUnauthorized?: ((refusedToken: string) => Promise<boolean>) | undefined;
  /** The customer's API host (OAuth's `api_base_url_for_customer`): the client's `baseUrl` unless one is given. */
  apiBaseUrl?: string | undefined;
}

export type GongAuth = AccessKeyAuth | BearerAuth;

/** Produces the Authorization header; the credentials live only in this closure. */
export interface Authorizer {
  /** A constant header (set once per client), or a function called before every HTTP request. */
  authorization: string | (() => Promise<string>);
  /** Replaces every credential this authorizer has seen in `text` (for error strings from the server). */
  redact(text: string): string;
  /** After a 401 to `header`: renews the credential; true when the request may be sent once more with a new one. */
  renew?: ((header: string) => Promise<boolean>) | undefined;
}

const AUTH_SHAPE = "auth must be { accessKey, accessKeySecret } or { bearerToken }";

export function createAuthorizer(auth: GongAuth): Authorizer {
  if (auth !== null && typeof auth === "object") {
    if ("bearerToken" in auth) return bearerAuthorizer(auth);
    if ("accessKey" in auth) return basicAuthorizer(auth);
  }
  throw new GongInvalidArgumentError(AUTH_SHAPE);
}

function basicAuthorizer({ accessKey, accessKeySecret }: AccessKeyAuth): Authorizer {
  if (typeof accessKey !== "string" || accessKey === "" || accessKey.includes(":")) {
    throw new GongInvalidArgumentError("auth.accessKey must be a non-empty string without ':'");
  }
  if (typeof accessKeySecret !== "string" || accessKeySecret === "") {
    throw new GongInvalidArgumentError("auth.accessKeySecret must be a non-empty string");
  }
  // Base64 of the UTF-8 bytes, as HTTP basic requires (RFC 7617); btoa alone takes only Latin-1.
  const credentials = btoa(
    String.fromCharCode(...new TextEncoder().encode(`${accessKey}:${accessKeySecret}`)),
  );
  return { authorization: `Basic ${credentials}`, redact: redactor([credentials, accessKeySecret]) };
}

function bearerAuthorizer({ bearerToken: token, onUnauthorized }: BearerAuth): Authorizer {
  if (onUnauthorized !== undefined && typeof onUnauthorized !== "function") {
    throw new GongInvalidArgumentError("auth.onUnauthorized must be a function");
  }
  const renew = onUnauthorized && ((header: string) => onUnauthorized(header.slice("Bearer ".length)));
  // A constant token cannot be renewed: onUnauthorized goes with a token function.
  if (typeof token === "string") return { authorization: bearerHeader(token), redact: redactor([token]) };
  if (typeof token !== "function") {
    throw new GongInvalidArgumentError("auth.bearerToken must be a string or a function returning one");
  }
  // Stryker disable next-line ArrayDeclaration: equivalent; redact runs on a response, so authorization() has set seen[0] by then
  const seen: string[] = [];
  return {
    async authorization() {
      let value: string;
      try {
        value = await token();
      } catch (error) {
        // An OAuth session's own errors say what happened; anything else is wrapped, its message unseen.
        if (error instanceof GongError) throw error;
        throw new GongTokenError("The auth.bearerToken function failed: see the error's cause", {
          cause: error,
        });
      }
      seen[0] = value;
      return bearerHeader(value);
    },
    redact: redactor(seen),
    renew,
  };
}

// Visible ASCII only: a CR/LF would inject a header, and fetch's own error would echo the value.
function bearerHeader(token: unknown): string {
  if (typeof token === "string" && /^[\x21-\x7e]+$/.test(token)) return `Bearer ${token}`;
  throw new GongInvalidArgumentError(
    "auth.bearerToken must be a non-empty string of visible ASCII characters",
  );
}

/** Replaces each of `secrets` (as it is when called) in `text`. */
function redactor(secrets: readonly string[]) {
  return (text: string): string => {
    for (const secret of secrets) if (secret.length >= 4) text = text.split(secret).join("[redacted]");
    return text;
  };
}
