import { randomUUID } from "node:crypto";
import { createGongClient } from "@gongkit/client";
import { createGongOAuth, GongOAuthError, type GongTokens } from "@gongkit/client/oauth";

const oauth = createGongOAuth({
  clientId: process.env.GONG_CLIENT_ID!,
  clientSecret: process.env.GONG_CLIENT_SECRET!,
  redirectUri: "https://app.example.com/gong/callback",
});

/** 1. "Connect Gong": where to send the customer's Gong technical administrator. */
export function connectUrl(pendingStates: Set<string>): string {
  const state = randomUUID();
  pendingStates.add(state);
  return oauth.authorizationUrl({ scopes: ["api:users:read", "api:calls:read:basic"], state });
}

/** 2. Gong redirects back with ?code&state: check the state, trade the code, save the tokens. */
export async function callback(url: URL, pendingStates: Set<string>): Promise<GongTokens> {
  if (!pendingStates.delete(url.searchParams.get("state") ?? "")) throw new Error("unknown state");
  return oauth.exchangeCode(url.searchParams.get("code") ?? "");
}

/** 3. Calls for that customer: its own API host; refreshed ahead of expiry and after a 401. */
export async function firstUsers(tokens: GongTokens, save: (tokens: GongTokens) => Promise<void>) {
  const gong = createGongClient({ auth: oauth.session(tokens, { onTokens: save }) });
  try {
    return (await gong.users.list()).users ?? [];
  } catch (error) {
    if (error instanceof GongOAuthError && error.error === "invalid_grant") {
      return []; // the refresh token is spent or revoked: ask the customer to connect again
    }
    throw error;
  }
}
