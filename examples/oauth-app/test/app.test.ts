// The example as a user runs it: connect (Gong's authorize page consents at once on the local Gong-like
// server), call Gong, and keep working after the token expires, the rotated tokens saved to the file.
import { once } from "node:events";
import { mkdtemp, readFile, rm, stat } from "node:fs/promises";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { createGongOAuth } from "@gongkit/client/oauth";
import { type OAuthServer, startOAuthServer } from "@gongkit/mock-server/oauth";
import { afterEach, beforeEach, expect, it } from "vitest";
import { createOAuthApp } from "../src/app.ts";
import { tokenFile } from "../src/token-file.ts";

let gong: OAuthServer;
let app: Server;
let appUrl: string;
let dir: string;

beforeEach(async () => {
  gong = await startOAuthServer();
  dir = await mkdtemp(join(tmpdir(), "oauth-app-"));
  app = createOAuthApp({
    oauth: createGongOAuth({
      clientId: gong.clientId,
      clientSecret: gong.clientSecret,
      authorizeUrl: gong.authorizeUrl,
      tokenUrl: gong.tokenUrl,
      // The app's own address is known once it listens: the redirect goes through this placeholder.
      redirectUri: "http://127.0.0.1/oauth/callback",
    }),
    scopes: ["api:users:read"],
    tokens: tokenFile(join(dir, "tokens.json")),
  });
  app.listen(0, "127.0.0.1");
  await once(app, "listening");
  appUrl = `http://127.0.0.1:${(app.address() as AddressInfo).port}`;
});

afterEach(async () => {
  app.closeAllConnections();
  app.close();
  await gong.close();
  await rm(dir, { recursive: true, force: true });
});

/** Follows the dance by hand, as a browser would: app -> Gong's authorize page -> the app's callback. */
async function connect(): Promise<Response> {
  const toGong = await fetch(`${appUrl}/connect`, { redirect: "manual" });
  const consent = await fetch(toGong.headers.get("location")!, { redirect: "manual" });
  const callback = new URL(consent.headers.get("location")!);
  return fetch(`${appUrl}${callback.pathname}${callback.search}`, { redirect: "manual" });
}

it("connect, then the first call lists the customer's users from the customer's API host", async () => {
  const callback = await connect();
  expect(callback.status).toBe(302);
  expect(callback.headers.get("location")).toBe("/users");
  const users = await fetch(`${appUrl}/users`);
  expect(users.status).toBe(200);
  expect(await users.text()).toContain("3 users on the first page:\nUser 1 (1001)");
  expect(gong.apiRequests.map((r) => [r.url, r.accepted])).toEqual([["/v2/users", true]]);
  expect((await stat(join(dir, "tokens.json"))).mode & 0o777).toBe(0o600);
});

it("after Gong stops taking the token, the session refreshes and the rotated tokens are saved", async () => {
  await connect();
  const before = JSON.parse(await readFile(join(dir, "tokens.json"), "utf8"));
  gong.expireAccessTokens();
  expect((await fetch(`${appUrl}/users`)).status).toBe(200);
  const after = JSON.parse(await readFile(join(dir, "tokens.json"), "utf8"));
  expect(after.refreshToken).not.toBe(before.refreshToken);
  expect(gong.apiRequests.at(-1)).toMatchObject({ token: after.accessToken, accepted: true });
});

it("a callback with a state the app did not hand out is refused", async () => {
  const forged = await fetch(`${appUrl}/oauth/callback?code=${gong.issueCode()}&state=forged`);
  expect(forged.status).toBe(400);
  expect(gong.tokenRequests).toHaveLength(0);
});
