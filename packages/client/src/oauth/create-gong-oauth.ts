// A Gong OAuth app: the authorization URL, the code exchange, the refresh, and sessions for the client.
import { GongInvalidArgumentError } from "../errors.js";
import { GONG_SCOPES, type GongScope } from "../generated/scopes.js";
import { createSession, type GongOAuthSession, type GongOAuthSessionOptions } from "./session.js";
import { type GongTokens, requestTokens, type TokenEndpoint } from "./tokens.js";

export interface GongOAuthOptions {
  /** The app's client id (Gong: Ecosystem > API > your integration). */
  clientId: string;
  clientSecret: string;
  /** One of the app's registered redirect URIs: where Gong sends the admin back with `code` and `state`. */
  redirectUri: string;
  /** Default https://app.gong.io/oauth2/authorize. */
  authorizeUrl?: string | undefined;
  /** Default https://app.gong.io/oauth2/generate-customer-token. */
  tokenUrl?: string | undefined;
  /** The fetch for token requests. Default: `globalThis.fetch`, looked up at call time. */
  fetch?: typeof fetch | undefined;
}

export interface GongOAuth {
  /** Where to send a Gong technical administrator to authorize the app. `state` comes back with the code: check it. */
  authorizationUrl(request: { scopes: readonly GongScope[]; state: string }): string;
  /** Trades the `code` Gong sent to the redirect URI for the customer's tokens. */
  exchangeCode(code: string): Promise<GongTokens>;
  /** Trades a refresh token (single-use) for new tokens: save them before using them. */
  refresh(refreshToken: string): Promise<GongTokens>;
  /** Auth for `createGongClient` that refreshes by itself: see GongOAuthSessionOptions. */
  session(tokens: GongTokens, options?: GongOAuthSessionOptions): GongOAuthSession;
}

export const GONG_AUTHORIZE_URL = "https://app.gong.io/oauth2/authorize";
export const GONG_TOKEN_URL = "https://app.gong.io/oauth2/generate-customer-token";

export function createGongOAuth(options: GongOAuthOptions): GongOAuth {
  const { clientId, clientSecret, redirectUri, fetch } = options ?? ({} as GongOAuthOptions);
  for (const [name, value] of Object.entries({ clientId, clientSecret, redirectUri })) {
    if (typeof value !== "string" || value === "")
      throw new GongInvalidArgumentError(`${name} must be a non-empty string`);
  }
  if (clientId.includes(":")) throw new GongInvalidArgumentError("clientId must not contain ':'");
  const authorizeUrl = checkUrl(options.authorizeUrl ?? GONG_AUTHORIZE_URL, "authorizeUrl");
  const endpoint: TokenEndpoint = {
    tokenUrl: checkUrl(options.tokenUrl ?? GONG_TOKEN_URL, "tokenUrl"),
    clientId,
    clientSecret,
    fetch,
  };
  checkUrl(redirectUri, "redirectUri");
  if (fetch !== undefined && typeof fetch !== "function")
    throw new GongInvalidArgumentError("fetch must be a fetch function");

  const refresh = (refreshToken: string) => {
    if (typeof refreshToken !== "string" || refreshToken === "") {
      return Promise.reject(new GongInvalidArgumentError("refreshToken must be a non-empty string"));
    }
    return requestTokens(
      endpoint,
      { grant_type: "refresh_token", refresh_token: refreshToken, client_id: clientId },
      [],
    );
  };

  return {
    authorizationUrl({ scopes, state }) {
      if (!Array.isArray(scopes) || scopes.length === 0) {
        throw new GongInvalidArgumentError("scopes must be a non-empty array of Gong's OAuth scopes");
      }
      const unknown = scopes.filter((scope) => !GONG_SCOPES.includes(scope));
      if (unknown.length > 0) {
        throw new GongInvalidArgumentError(
          `Gong has no OAuth scope ${unknown.map((s) => JSON.stringify(s)).join(", ")}`,
        );
      }
      if (typeof state !== "string" || state === "") {
        throw new GongInvalidArgumentError(
          "state must be a non-empty string (check it when Gong redirects back)",
        );
      }
      // %20 between scopes, as Gong's own example writes them (URLSearchParams would write +).
      const query = [
        ["client_id", clientId],
        ["response_type", "code"],
        ["scope", scopes.join(" ")],
        ["redirect_uri", redirectUri],
        ["state", state],
      ].map(([name, value]) => `${name}=${encodeURIComponent(value!)}`);
      return `${authorizeUrl}${authorizeUrl.includes("?") ? "&" : "?"}${query.join("&")}`;
    },
    exchangeCode(code) {
      if (typeof code !== "string" || code === "") {
        return Promise.reject(
          new GongInvalidArgumentError("code must be the non-empty code Gong sent to the redirect URI"),
        );
      }
      return requestTokens(
        endpoint,
        { grant_type: "authorization_code", code, client_id: clientId, redirect_uri: redirectUri },
        [],
      );
    },
    refresh,
    session: (tokens, sessionOptions) => createSession(refresh, tokens, sessionOptions),
  };
}

function checkUrl(value: unknown, name: string): string {
  if (typeof value === "string" && URL.canParse(value) && /^https?:$/.test(new URL(value).protocol))
    return value;
  throw new GongInvalidArgumentError(`${name} must be an absolute http(s) URL`);
}
