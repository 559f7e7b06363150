import { GongInvalidArgumentError, GongTokenError } from "./errors.js";

/** HTTP basic with an access key and its secret (Company Settings > Ecosystem > API). */
export interface AccessKeyAuth {
  accessKey: string;
  accessKeySecret: string;
}

/** OAuth: a bearer token, or a function returning one, called before every HTTP request. */
export interface BearerAuth {
  bearerToken: string | (() => string | Promise<string>);
}

export type GongAuth = AccessKeyAuth | BearerAuth;

/** Produces the Authorization header; the credentials live only in this closure. */
export interface Authorizer {
  /** A constant header (set once per client), or a function called before every HTTP request. */
  authorization: string | (() => Promise<string>);
  /** Replaces every credential this authorizer has seen in `text` (for error strings from the server). */
  redact(text: string): string;
}

const AUTH_SHAPE = "auth must be { accessKey, accessKeySecret } or { bearerToken }";

export function createAuthorizer(auth: GongAuth): Authorizer {
  if (auth !== null && typeof auth === "object") {
    if ("bearerToken" in auth) return bearerAuthorizer(auth.bearerToken);
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

function bearerAuthorizer(token: BearerAuth["bearerToken"]): Authorizer {
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
        throw new GongTokenError("The auth.bearerToken function failed: see the error's cause", {
          cause: error,
        });
      }
      seen[0] = value;
      return bearerHeader(value);
    },
    redact: redactor(seen),
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
