// Runs the OAuth example on http://127.0.0.1:4900. Without GONG_CLIENT_ID it starts a local Gong-like OAuth
// server (@gongkit/mock-server/oauth) and uses it; with GONG_CLIENT_ID, GONG_CLIENT_SECRET and
// GONG_REDIRECT_URI (registered with your app: http://127.0.0.1:4900/oauth/callback) it uses Gong.
import { join } from "node:path";
import { createGongOAuth } from "@gongkit/client/oauth";
import { startOAuthServer } from "@gongkit/mock-server/oauth";
import { createOAuthApp } from "./src/app.ts";
import { tokenFile } from "./src/token-file.ts";

const port = Number(process.env.PORT ?? 4900);
const redirectUri = process.env.GONG_REDIRECT_URI ?? `http://127.0.0.1:${port}/oauth/callback`;
const gong = process.env.GONG_CLIENT_ID
  ? { clientId: process.env.GONG_CLIENT_ID, clientSecret: process.env.GONG_CLIENT_SECRET ?? "" }
  : await startOAuthServer().then((mock) => {
      console.log(`a local Gong-like OAuth server is on ${mock.url} (set GONG_CLIENT_ID to use Gong)`);
      return {
        clientId: mock.clientId,
        clientSecret: mock.clientSecret,
        authorizeUrl: mock.authorizeUrl,
        tokenUrl: mock.tokenUrl,
      };
    });
const oauth = createGongOAuth({ ...gong, redirectUri });
const app = createOAuthApp({
  oauth,
  scopes: ["api:users:read"],
  tokens: tokenFile(join(process.cwd(), ".gong-tokens.json")),
});
app.listen(port, "127.0.0.1", () => console.log(`open http://127.0.0.1:${port}/connect`));
