// Gong's token endpoint: the request (HTTP basic with the app's client id and secret, the grant in a form
// body) and its answer, turned into GongTokens or a GongOAuthError that says what to do.
import { GongInvalidResponseError } from "../errors.js";
import { GongOAuthError } from "./oauth-error.js";

/** How long a token request may take, in ms. */
export const TOKEN_REQUEST_TIMEOUT_MS = 30_000;

/** What an OAuth app keeps per customer. Plain JSON: save it as it is. */
export interface GongTokens {
  accessToken: string;
  /** Single-use: every refresh answers a new one, and the old one stops working. */
  refreshToken: string;
  /** When the access token expires, in ms since the epoch (`Date.now()` time). */
  expiresAt: number;
  /** The scopes the customer granted. */
  scopes: string[];
  /** The customer's API host (`api_base_url_for_customer`): every call for this customer goes there. */
  apiBaseUrl: string;
}

/** Where and how to ask: the token URL, the app's credentials, the fetch to use. */
export interface TokenEndpoint {
  tokenUrl: string;
  clientId: string;
  clientSecret: string;
  fetch: typeof fetch | undefined;
}

/**
 * POSTs `grant` to Gong's token endpoint. The grant goes in a form body, as RFC 6749 says (Gong's page
 * shows the same fields in the query string; a code or a refresh token in a URL ends up in proxies' and
 * servers' logs). `secrets` are the values no error may show.
 */
export async function requestTokens(
  endpoint: TokenEndpoint,
  grant: Record<string, string>,
  secrets: string[],
  now: () => number = Date.now,
): Promise<GongTokens> {
  const hidden = [endpoint.clientSecret, ...Object.values(grant).filter((v) => v.length >= 8), ...secrets];
  const fetchImpl = endpoint.fetch ?? globalThis.fetch;
  let response: Response;
  let text: string;
  try {
    response = await fetchImpl(endpoint.tokenUrl, {
      method: "POST",
      headers: {
        authorization: `Basic ${btoa(`${endpoint.clientId}:${endpoint.clientSecret}`)}`,
        "content-type": "application/x-www-form-urlencoded",
        accept: "application/json",
      },
      body: new URLSearchParams(grant).toString(),
      redirect: "error",
      // A refresh runs under the token store's lock: it must end well within the lock's lifetime.
      signal: AbortSignal.timeout(TOKEN_REQUEST_TIMEOUT_MS),
    });
    text = await response.text();
  } catch (error) {
    // The cause is not kept: a fetch error can quote the request, and the request holds the secrets.
    throw new GongOAuthError({
      status: undefined,
      error: "connection_failed",
      description: `Could not reach Gong's token endpoint (${errorCode(error)})`,
      hidden,
    });
  }
  const body = parseJson(text);
  if (!response.ok) {
    throw new GongOAuthError({
      status: response.status,
      error: stringField(body, "error") ?? `http_${response.status}`,
      description: stringField(body, "error_description"),
      hidden,
    });
  }
  return tokensFrom(body, response, now());
}

function tokensFrom(body: unknown, response: Response, now: number): GongTokens {
  const accessToken = stringField(body, "access_token");
  const refreshToken = stringField(body, "refresh_token");
  const apiBaseUrl = stringField(body, "api_base_url_for_customer");
  const expiresIn = (body as { expires_in?: unknown } | undefined)?.expires_in;
  const missing = [
    accessToken ? "" : "access_token",
    refreshToken ? "" : "refresh_token",
    apiBaseUrl && URL.canParse(apiBaseUrl) ? "" : "api_base_url_for_customer",
    typeof expiresIn === "number" && expiresIn > 0 ? "" : "expires_in",
  ].filter(Boolean);
  if (missing.length > 0) {
    throw new GongInvalidResponseError(
      response.status,
      response.headers,
      `the token response lacks ${missing.join(", ")} (or it is malformed)`,
    );
  }
  return {
    accessToken: accessToken!,
    refreshToken: refreshToken!,
    expiresAt: now + (expiresIn as number) * 1000,
    scopes: (stringField(body, "scope") ?? "").split(/\s+/).filter(Boolean),
    apiBaseUrl: apiBaseUrl!.replace(/\/+$/, ""),
  };
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function stringField(body: unknown, name: string): string | undefined {
  const value = (body as Record<string, unknown> | undefined)?.[name];
  return typeof value === "string" && value !== "" ? value : undefined;
}

function errorCode(error: unknown): string {
  const { cause, name } = (error ?? {}) as { cause?: { code?: unknown }; name?: unknown };
  if (typeof cause?.code === "string") return cause.code;
  return typeof name === "string" ? name : "unknown error";
}
