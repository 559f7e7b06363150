import { CLIENT_VERSION } from "./generated/version.js";

const CLIENT_ID = `@gongkit/client/${CLIENT_VERSION}`;

/** Browsers (pages and workers): cross-origin calls go through CORS, and a script-set User-Agent is dropped. */
export function isBrowser(): boolean {
  const scope = globalThis as { document?: unknown; importScripts?: unknown };
  return scope.document !== undefined || typeof scope.importScripts === "function";
}

/**
 * The headers every request carries, computed once per client: JSON, the client's name and version
 * (`x-gongkit-client` and `User-Agent`, outside browsers only), then the caller's own headers, which
 * win, then a constant Authorization header, which wins over those. A page sends no header of its own:
 * each one is one more that the API's CORS preflight answer must allow, and Authorization is the only
 * one Gong (or a proxy in front of it) has to allow anyway.
 */
export function defaultHeaders(
  custom: Record<string, string> | undefined,
  authorization: string | undefined,
): Record<string, string> {
  const headers: Record<string, string> = { accept: "application/json" };
  if (!isBrowser()) {
    headers["x-gongkit-client"] = CLIENT_ID;
    headers["user-agent"] = CLIENT_ID;
  }
  // Stryker disable next-line MethodExpression: equivalent; openapi-fetch sets these one by one on a Headers object, where a later name wins whatever its case
  for (const [name, value] of Object.entries(custom ?? {})) headers[name.toLowerCase()] = value;
  // Stryker disable next-line ConditionalExpression: equivalent; openapi-fetch skips a header whose value is undefined
  if (authorization !== undefined) headers.authorization = authorization;
  return headers;
}
