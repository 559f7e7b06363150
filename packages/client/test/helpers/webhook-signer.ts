// A Gong automation rule's side of a signed webhook, made in the test: an RSA key pair (Web Crypto), the
// public key as Gong shows it (bare base64 of the DER SPKI) and as PEM, and JWTs signed by jose's SignJWT
// with Gong's claims. Nothing here is a fixture: every key and token is new for each test file.
import { SignJWT } from "jose";

export interface RuleKeys {
  privateKey: CryptoKey;
  publicKey: CryptoKey;
  /** What Gong's "Show public key" shows: base64 of the DER SubjectPublicKeyInfo, no armour. */
  base64: string;
  /** The same key as a PEM "PUBLIC KEY" block, 64 characters a line. */
  pem: string;
  der: Uint8Array<ArrayBuffer>;
}

/** A new RS256 key pair, as a rule holds (2048 bits unless said). */
export async function makeRuleKeys(modulusLength = 2048): Promise<RuleKeys> {
  const { privateKey, publicKey } = await crypto.subtle.generateKey(
    { name: "RSASSA-PKCS1-v1_5", modulusLength, publicExponent: new Uint8Array([1, 0, 1]), hash: "SHA-256" },
    true,
    ["sign", "verify"],
  );
  const der = new Uint8Array(await crypto.subtle.exportKey("spki", publicKey));
  const base64 = Buffer.from(der).toString("base64");
  const pem = `-----BEGIN PUBLIC KEY-----\n${base64.match(/.{1,64}/g)!.join("\n")}\n-----END PUBLIC KEY-----\n`;
  return { privateKey, publicKey, base64, pem, der };
}

export const WEBHOOK_URL = "https://hooks.example.com/gong/calls?tenant=acme";

/** A body as Gong sends it: `{ callData, isTest }`, with a marker no error may quote. */
export const WEBHOOK_BODY = JSON.stringify({
  callData: {
    metaData: {
      id: "5599332235511222779",
      title: "Ron/Speedman BODY-MARKER-7f3a",
      started: "2019-10-18T14:03:37.041977-07:00",
      duration: 2159,
    },
    parties: [{ id: "3104453225862452", name: "Ron", affiliation: "Internal" }],
  },
  isTest: false,
});

export async function sha256HexOf(body: string | Uint8Array): Promise<string> {
  const bytes = typeof body === "string" ? new TextEncoder().encode(body) : new Uint8Array(body);
  return Buffer.from(await crypto.subtle.digest("SHA-256", bytes)).toString("hex");
}

export interface TokenOptions {
  body?: string | Uint8Array;
  url?: string;
  /** Seconds since the epoch; default five minutes from now. `null` leaves the claim out. */
  exp?: number | null;
  /** Claims that replace (or, as undefined, remove) Gong's. */
  claims?: Record<string, unknown>;
  alg?: string;
  key?: CryptoKey | Uint8Array;
}

/** A JWT as Gong's rule signs it: RS256 over `{ webhook_url, body_sha256, exp }`. */
export async function signWebhook(keys: RuleKeys, options: TokenOptions = {}): Promise<string> {
  const {
    body = WEBHOOK_BODY,
    url = WEBHOOK_URL,
    exp = Math.floor(Date.now() / 1000) + 300,
    claims = {},
    alg = "RS256",
    key = keys.privateKey,
  } = options;
  const payload: Record<string, unknown> = { webhook_url: url, body_sha256: await sha256HexOf(body) };
  if (exp !== null) payload.exp = exp;
  for (const [name, value] of Object.entries(claims)) {
    if (value === undefined) delete payload[name];
    else payload[name] = value;
  }
  return new SignJWT(payload).setProtectedHeader({ alg, typ: "JWT" }).sign(key);
}

/** base64url of a JSON value, for tokens made by hand. */
export function base64url(value: unknown): string {
  return Buffer.from(JSON.stringify(value)).toString("base64url");
}
