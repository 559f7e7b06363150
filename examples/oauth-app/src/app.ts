// A Gong OAuth app on node:http: "Connect Gong" sends the admin to Gong's authorize page with a fresh
// `state`; the callback checks the state, trades the code for the customer's tokens and saves them; /users
// calls the customer's API host with a session that refreshes (and saves) the tokens by itself.
import { randomUUID } from "node:crypto";
import { createServer, type Server } from "node:http";
import { createGongClient, GongError } from "@gongkit/client";
import type { GongOAuth, GongScope, GongTokens } from "@gongkit/client/oauth";

export interface TokenFile {
  load(): Promise<GongTokens | undefined>;
  save(tokens: GongTokens): Promise<void>;
}

export interface OAuthAppOptions {
  oauth: GongOAuth;
  scopes: GongScope[];
  /** Where the customer's tokens are kept between runs (a real app keeps one per customer, encrypted). */
  tokens: TokenFile;
}

export function createOAuthApp({ oauth, scopes, tokens }: OAuthAppOptions): Server {
  // States handed out and not yet come back: a callback with any other state is refused (CSRF).
  const pending = new Set<string>();
  return createServer(async (req, res) => {
    const url = new URL(req.url ?? "/", "http://app.invalid");
    const send = (status: number, text: string, headers: Record<string, string> = {}) => {
      res.writeHead(status, { "content-type": "text/plain; charset=utf-8", ...headers });
      res.end(`${text}\n`);
    };
    try {
      if (url.pathname === "/")
        return send(200, "gongkit OAuth example: open /connect to connect Gong, then /users");
      if (url.pathname === "/connect") {
        const state = randomUUID();
        pending.add(state);
        return send(302, "to Gong", { location: oauth.authorizationUrl({ scopes, state }) });
      }
      if (url.pathname === "/oauth/callback") {
        const state = url.searchParams.get("state") ?? "";
        if (!pending.delete(state)) return send(400, "unknown state: start again from /connect");
        const code = url.searchParams.get("code");
        if (code === null)
          return send(400, `Gong did not authorize: ${url.searchParams.get("error") ?? "no code"}`);
        await tokens.save(await oauth.exchangeCode(code));
        return send(302, "connected", { location: "/users" });
      }
      if (url.pathname === "/users") {
        const saved = await tokens.load();
        if (saved === undefined) return send(401, "not connected: open /connect");
        const gong = createGongClient({ auth: oauth.session(saved, { onTokens: tokens.save }) });
        const page = await gong.users.list();
        const names = (page.users ?? []).map((user) => `${user.firstName} ${user.lastName} (${user.id})`);
        return send(200, `${names.length} users on the first page:\n${names.join("\n")}`);
      }
      send(404, "not found");
    } catch (error) {
      // GongError messages never hold a secret; anything else is not shown.
      send(502, error instanceof GongError ? `${error.name}: ${error.message}` : "unexpected error");
    }
  });
}
