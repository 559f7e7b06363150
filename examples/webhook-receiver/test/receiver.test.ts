// The receiver as Gong meets it: started on 127.0.0.1:0 with a rule's key made here, then sent a signed
// webhook, a tampered one, one without its JWT and one for another URL. The JWT is signed by hand with
// Web Crypto, as the rule would sign it (RS256 over { webhook_url, body_sha256, exp }).
import { once } from "node:events";
import type { Server } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it } from "vitest";
import { createWebhookReceiver } from "../src/receiver.ts";

const URL_IN_RULE = "https://hooks.example.com/gong/calls";
const BODY = JSON.stringify({
  callData: {
    metaData: { id: "5599332235511222779", title: "Ron/Speedman", duration: 2159 },
    parties: [{ name: "Ron", affiliation: "Internal" }],
  },
  isTest: false,
});

let server: Server;
let address: string;
let privateKey: CryptoKey;
const logged: string[] = [];

beforeAll(async () => {
  const pair = await crypto.subtle.generateKey(
    {
      name: "RSASSA-PKCS1-v1_5",
      modulusLength: 2048,
      publicExponent: new Uint8Array([1, 0, 1]),
      hash: "SHA-256",
    },
    true,
    ["sign", "verify"],
  );
  privateKey = pair.privateKey;
  // What the rule's "Show public key" shows: base64 of the DER SubjectPublicKeyInfo, no PEM armour.
  const publicKey = Buffer.from(await crypto.subtle.exportKey("spki", pair.publicKey)).toString("base64");
  server = createWebhookReceiver({ publicKey, url: URL_IN_RULE, log: (line) => logged.push(line) });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  address = `http://127.0.0.1:${(server.address() as AddressInfo).port}/gong/calls`;
});

afterAll(() => {
  server.closeAllConnections();
  server.close();
});

/** A JWT as the rule signs one for `body`, sent to `url`. */
async function sign(body: string, url = URL_IN_RULE): Promise<string> {
  const part = (value: unknown) => Buffer.from(JSON.stringify(value)).toString("base64url");
  const claims = {
    webhook_url: url,
    body_sha256: Buffer.from(await crypto.subtle.digest("SHA-256", Buffer.from(body))).toString("hex"),
    exp: Math.floor(Date.now() / 1000) + 300,
  };
  const input = `${part({ alg: "RS256", typ: "JWT" })}.${part(claims)}`;
  const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", privateKey, Buffer.from(input));
  return `${input}.${Buffer.from(signature).toString("base64url")}`;
}

async function post(body: string, authorization?: string) {
  const headers: Record<string, string> = { "content-type": "application/json" };
  if (authorization !== undefined) headers.authorization = authorization;
  const response = await fetch(address, { method: "POST", headers, body });
  return { status: response.status, json: (await response.json()) as Record<string, unknown> };
}

it("answers 200 to a signed webhook and logs the call's id and title", async () => {
  const { status, json } = await post(BODY, await sign(BODY));
  expect(status).toBe(200);
  expect(json).toEqual({ received: "5599332235511222779" });
  expect(logged).toContain('call 5599332235511222779: "Ron/Speedman"');
});

it("answers 401 with the reason to a tampered body", async () => {
  const token = await sign(BODY);
  const { status, json } = await post(BODY.replace("Ron/Speedman", "Ron/Evil"), token);
  expect(status).toBe(401);
  expect(json).toEqual({ error: "body" });
  expect(logged.at(-1)).toMatch(/^refused \(body\): /);
  expect(logged.join("\n")).not.toContain(token);
});

it("answers 401 without a JWT, and for a JWT signed for another URL", async () => {
  expect(await post(BODY)).toEqual({ status: 401, json: { error: "missing" } });
  const elsewhere = await sign(BODY, "https://hooks.example.com/other");
  expect(await post(BODY, elsewhere)).toEqual({ status: 401, json: { error: "url" } });
});

it("answers 405 to anything but a POST", async () => {
  const response = await fetch(address);
  expect(response.status).toBe(405);
  expect(response.headers.get("allow")).toBe("POST");
});
