// A Gong-like OAuth server on 127.0.0.1, for the OAuth tests and examples/oauth-app: Gong's authorize page
// (which consents at once and redirects back with a code), its token endpoint (HTTP basic with the app's
// client id and secret; codes and refresh tokens single-use, refresh tokens rotated on every refresh, a
// reused one refused with invalid_grant), and a customer's API host (`api_base_url_for_customer`, its own
// port) that accepts only live access tokens. Every token request is logged, secrets included, for tests.
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import { closerOf, sendJson as json, listenLocal as listen } from "./local-http.ts";

export interface OAuthServerOptions {
  clientId?: string;
  clientSecret?: string;
  /** Redirect URIs the app registered. Default: any http://127.0.0.1 URI. */
  redirectUris?: string[];
  /** Lifetime of an access token, in seconds. Default 86,400 (a day, as Gong). */
  expiresIn?: number;
  /** The scopes granted (space-separated in answers). Default: the ones asked for. */
  grantedScopes?: string[];
}

/** A token request as it arrived: where each field came from, and the app's credentials. */
export interface TokenRequest {
  at: number;
  method: string;
  /** The query string's fields (Gong's page shows the grant there). */
  query: Record<string, string>;
  /** The form body's fields (RFC 6749). */
  form: Record<string, string>;
  contentType: string | undefined;
  /** The HTTP basic user and password, when sent. */
  basic: { user: string; password: string } | undefined;
  status: number;
  error: string | undefined;
}

export interface OAuthServer {
  /** The authorize and token endpoints' origin (Gong's app.gong.io). */
  url: string;
  authorizeUrl: string;
  tokenUrl: string;
  /** The customer's API host (api_base_url_for_customer). */
  apiBaseUrl: string;
  clientId: string;
  clientSecret: string;
  tokenRequests: TokenRequest[];
  /** Requests the API host saw: method, path and whether the token was accepted. */
  apiRequests: { method: string; url: string; token: string | undefined; accepted: boolean }[];
  /** A new authorization code for `scopes`, as the authorize page would redirect with. */
  issueCode(scopes?: string[], redirectUri?: string): string;
  /** Makes every live access token expire now (their refresh tokens stay valid). */
  expireAccessTokens(): void;
  /** Revokes every token (as an admin uninstalling the app would). */
  revokeAll(): void;
  /** While on, the API host refuses every token (401), live or not. */
  refuseApi(on: boolean): void;
  close(): Promise<void>;
}

interface Grant {
  scopes: string[];
}

export async function startOAuthServer(options: OAuthServerOptions = {}): Promise<OAuthServer> {
  const clientId = options.clientId ?? "gongkit-test-client";
  const clientSecret = options.clientSecret ?? "client-SECRET-0f9e8d7c6b5a";
  const expiresIn = options.expiresIn ?? 86_400;
  const codes = new Map<string, Grant & { redirectUri: string }>();
  const refreshTokens = new Map<string, Grant>();
  const accessTokens = new Map<string, Grant & { expiresAt: number }>();
  const tokenRequests: TokenRequest[] = [];
  const apiRequests: OAuthServer["apiRequests"] = [];
  let serial = 0;
  let refusing = false;
  const next = (kind: string) => `${kind}-${++serial}-${Math.random().toString(36).slice(2, 12)}`;
  const redirectAllowed = (uri: string) =>
    options.redirectUris ? options.redirectUris.includes(uri) : uri.startsWith("http://127.0.0.1");

  const api = createServer((req, res) => {
    const token = /^Bearer (.+)$/.exec(req.headers.authorization ?? "")?.[1];
    const live = token === undefined ? undefined : accessTokens.get(token);
    const accepted = !refusing && live !== undefined && live.expiresAt > Date.now();
    apiRequests.push({ method: req.method ?? "", url: req.url ?? "", token, accepted });
    req.resume();
    if (!accepted) {
      return json(res, 401, { requestId: "r-401", errors: ["access token has been revoked or has expired"] });
    }
    if (req.url === "/v2/users" || req.url?.startsWith("/v2/users?")) {
      const users = [1, 2, 3].map((n) => ({ id: String(1000 + n), firstName: "User", lastName: String(n) }));
      return json(res, 200, {
        requestId: "r-list",
        records: { totalRecords: users.length, currentPageSize: users.length, currentPageNumber: 0 },
        users,
      });
    }
    const id = /^\/v2\/users\/(\d+)$/.exec(req.url ?? "")?.[1];
    if (id === undefined) return json(res, 404, { requestId: "r-404", errors: ["not found"] });
    json(res, 200, { requestId: "r-200", user: { id, firstName: "Ada", lastName: "Lovelace" } });
  });

  const issueTokens = (grant: Grant) => {
    const accessToken = next("access");
    const refreshToken = next("refresh");
    accessTokens.set(accessToken, { ...grant, expiresAt: Date.now() + expiresIn * 1000 });
    refreshTokens.set(refreshToken, grant);
    return {
      access_token: accessToken,
      refresh_token: refreshToken,
      scope: grant.scopes.join(" "),
      token_type: "bearer",
      expires_in: expiresIn,
      api_base_url_for_customer: apiBaseUrl,
    };
  };

  const token = async (req: IncomingMessage, res: ServerResponse) => {
    const query = Object.fromEntries(new URL(req.url ?? "/", "http://x").searchParams);
    let body = "";
    for await (const chunk of req) body += chunk;
    const contentType = req.headers["content-type"];
    const form = contentType?.startsWith("application/x-www-form-urlencoded")
      ? Object.fromEntries(new URLSearchParams(body))
      : {};
    const basic = parseBasic(req.headers.authorization);
    const logged: TokenRequest = {
      at: performance.now(),
      method: req.method ?? "",
      query,
      form,
      contentType,
      basic,
      status: 200,
      error: undefined,
    };
    tokenRequests.push(logged);
    const refuse = (status: number, error: string, description: string) => {
      logged.status = status;
      logged.error = error;
      json(res, status, { error, error_description: description });
    };
    if (req.method !== "POST") return refuse(405, "invalid_request", "POST only");
    if (basic?.user !== clientId || basic.password !== clientSecret) {
      return refuse(401, "invalid_client", "Client authentication failed");
    }
    // Gong reads the grant from the query string or the form body alike.
    const field = (name: string) => form[name] ?? query[name];
    if (field("client_id") !== undefined && field("client_id") !== clientId) {
      return refuse(401, "invalid_client", "client_id does not match the credentials");
    }
    const grantType = field("grant_type");
    if (grantType === "authorization_code") {
      const code = field("code") ?? "";
      const issued = codes.get(code);
      codes.delete(code);
      if (issued === undefined)
        return refuse(400, "invalid_grant", "Authorization code is invalid or was used");
      if (field("redirect_uri") !== issued.redirectUri) {
        return refuse(400, "invalid_grant", "redirect_uri does not match the authorization request");
      }
      return json(res, 200, issueTokens(issued));
    }
    if (grantType === "refresh_token") {
      const refreshToken = field("refresh_token") ?? "";
      const grant = refreshTokens.get(refreshToken);
      // Single-use: the first refresh rotates it, any later one is refused.
      refreshTokens.delete(refreshToken);
      if (grant === undefined) return refuse(400, "invalid_grant", "Refresh token code is invalid");
      return json(res, 200, issueTokens(grant));
    }
    refuse(400, "unsupported_grant_type", `grant_type ${grantType ?? "(none)"} is not supported`);
  };

  const app = createServer((req, res) => {
    const url = new URL(req.url ?? "/", "http://x");
    if (url.pathname === "/oauth2/generate-customer-token") return void token(req, res);
    if (url.pathname === "/oauth2/authorize" && req.method === "GET") {
      const p = url.searchParams;
      const redirectUri = p.get("redirect_uri") ?? "";
      if (
        p.get("client_id") !== clientId ||
        p.get("response_type") !== "code" ||
        !redirectAllowed(redirectUri)
      ) {
        return json(res, 400, { error: "invalid_request" });
      }
      const scopes = (p.get("scope") ?? "").split(" ").filter(Boolean);
      const code = issueCode(scopes, redirectUri);
      const back = new URL(redirectUri);
      back.searchParams.set("code", code);
      if (p.has("state")) back.searchParams.set("state", p.get("state")!);
      res.writeHead(302, { location: back.toString() });
      return void res.end();
    }
    json(res, 404, { error: "not_found" });
  });

  const issueCode = (scopes: string[] = ["api:users:read"], redirectUri = "http://127.0.0.1/callback") => {
    const code = next("code");
    codes.set(code, { scopes: options.grantedScopes ?? scopes, redirectUri });
    return code;
  };

  const [url, apiBaseUrl] = await Promise.all([listen(app), listen(api)]);
  const closers = [closerOf(app), closerOf(api)];
  return {
    url,
    authorizeUrl: `${url}/oauth2/authorize`,
    tokenUrl: `${url}/oauth2/generate-customer-token`,
    apiBaseUrl,
    clientId,
    clientSecret,
    tokenRequests,
    apiRequests,
    issueCode,
    expireAccessTokens() {
      for (const grant of accessTokens.values()) grant.expiresAt = 0;
    },
    revokeAll() {
      accessTokens.clear();
      refreshTokens.clear();
    },
    refuseApi(on) {
      refusing = on;
    },
    async close() {
      await Promise.all(closers.map((close) => close()));
    },
  };
}

function parseBasic(header: string | undefined): { user: string; password: string } | undefined {
  const encoded = /^Basic (.+)$/.exec(header ?? "")?.[1];
  if (encoded === undefined) return undefined;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  return colon < 0 ? undefined : { user: decoded.slice(0, colon), password: decoded.slice(colon + 1) };
}
