import { createGongClient } from "@gongkit/client";
import { createGongOAuth, type GongTokens } from "@gongkit/client/oauth";

const oauth = createGongOAuth({
  clientId: process.env.GONG_CLIENT_ID!,
  clientSecret: process.env.GONG_CLIENT_SECRET!,
  redirectUri: "https://app.example.com/gong/callback",
});

/** A client for one customer: it calls the customer's API host and refreshes (and saves) its tokens. */
export function gongForCustomer(tokens: GongTokens, save: (tokens: GongTokens) => Promise<void>) {
  return createGongClient({ auth: oauth.session(tokens, { onTokens: save }) });
}
