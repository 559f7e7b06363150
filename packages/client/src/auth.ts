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

// Visible ASCII only: a CR/LF would inject a header, and fetch's own error would echo the value.
const HEADER_VALUE = /^[\x21-\x7e]+$/;
const REDACTED = "[redacted]";

export function createAuthorizer(auth: GongAuth): Authorizer {
  if (auth === null || typeof auth !== "object") {
    throw new GongInvalidArgumentError("auth must be { accessKey, accessKeySecret } or { bearerToken }");
  }
  if ("bearerToken" in auth) return bearerAuthorizer(auth.bearerToken);
  if ("accessKey" in auth) return basicAuthorizer(auth);
  throw new GongInvalidArgumentError("auth must be { accessKey, accessKeySecret } or { bearerToken }");
}

function basicAuthorizer({ accessKey, accessKeySecret }: AccessKeyAuth): Authorizer {
  if (typeof accessKey !== "string" || accessKey === "" || accessKey.includes(":")) {
    throw new GongInvalidArgumentError("auth.accessKey must be a non-empty string without ':'");
  }
  if (typeof accessKeySecret !== "string" || accessKeySecret === "") {
    throw new GongInvalidArgumentError("auth.accessKeySecret must be a non-empty string");
  }
  const credentials = base64Utf8(`${accessKey}:${accessKeySecret}`);
  const header = `Basic ${credentials}`;
  const secrets = [credentials, accessKeySecret];
  return { authorization: header, redact: (text) => redactAll(text, secrets) };
}

function bearerAuthorizer(token: BearerAuth["bearerToken"]): Authorizer {
  if (typeof token === "string") {
    const header = bearerHeader(token);
    return { authorization: header, redact: (text) => redactAll(text, [token]) };
  }
  if (typeof token !== "function") {
    throw new GongInvalidArgumentError("auth.bearerToken must be a string or a function returning one");
  }
  let lastToken: string | undefined;
  return {
    authorization: async () => {
      let value: string;
      try {
        value = await token();
      } catch (error) {
        throw new GongTokenError("The auth.bearerToken function failed: see the error's cause", {
          cause: error,
        });
      }
      lastToken = value;
      return bearerHeader(value);
    },
    redact: (text) => (lastToken === undefined ? text : redactAll(text, [lastToken])),
  };
}

function bearerHeader(token: unknown): string {
  if (typeof token !== "string" || !HEADER_VALUE.test(token)) {
    throw new GongInvalidArgumentError(
      "auth.bearerToken must be a non-empty string of visible ASCII characters",
    );
  }
  return `Bearer ${token}`;
}

/** Base64 of the UTF-8 bytes, as HTTP basic requires (RFC 7617); btoa alone takes only Latin-1. */
function base64Utf8(text: string): string {
  let binary = "";
  for (const byte of new TextEncoder().encode(text)) binary += String.fromCharCode(byte);
  return btoa(binary);
}

function redactAll(text: string, secrets: readonly string[]): string {
  let result = text;
  for (const secret of secrets) {
    if (secret.length >= 4) result = result.split(secret).join(REDACTED);
  }
  return result;
}
