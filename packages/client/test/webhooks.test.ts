// verifyGongWebhook against webhooks signed here as a Gong rule signs them (helpers/webhook-signer.ts):
// one test per reason a webhook is refused, the accepted forms of body, header and key, and that no
// error ever quotes the token or the body.
import { inspect } from "node:util";
import fc from "fast-check";
import { SignJWT, UnsecuredJWT } from "jose";
import { beforeAll, describe, expect, it } from "vitest";
import { int64Properties } from "../../../tools/client-codegen/src/int64-properties.ts";
import { GongError, GongInvalidArgumentError } from "../src/index.ts";
import {
  GongWebhookError,
  type GongWebhookErrorReason,
  type VerifyGongWebhookOptions,
  verifyGongWebhook,
} from "../src/webhooks/index.ts";
import { CALL_WEBHOOK_INT64 } from "../src/webhooks/verify-gong-webhook.ts";
import { spec } from "./helpers/spec.ts";
import {
  base64url,
  makeRuleKeys,
  type RuleKeys,
  sha256HexOf,
  signWebhook,
  WEBHOOK_BODY,
  WEBHOOK_URL,
} from "./helpers/webhook-signer.ts";

let keys: RuleKeys;
let otherKeys: RuleKeys;
beforeAll(async () => {
  [keys, otherKeys] = await Promise.all([makeRuleKeys(), makeRuleKeys()]);
});

const nowSec = () => Math.floor(Date.now() / 1000);

/** A valid webhook's options, with `overrides`. */
async function webhook(overrides: Partial<VerifyGongWebhookOptions> = {}): Promise<VerifyGongWebhookOptions> {
  return {
    body: WEBHOOK_BODY,
    authorization: await signWebhook(keys),
    publicKey: keys.base64,
    url: WEBHOOK_URL,
    ...overrides,
  };
}

/** The GongWebhookError `options` are refused with; fails if they are accepted or refused otherwise. */
async function refusal(options: VerifyGongWebhookOptions): Promise<GongWebhookError> {
  const error = await verifyGongWebhook(options).then(
    () => undefined,
    (e: unknown) => e,
  );
  expect(error).toBeInstanceOf(GongWebhookError);
  return error as GongWebhookError;
}

async function expectReason(options: VerifyGongWebhookOptions, reason: GongWebhookErrorReason) {
  const error = await refusal(options);
  expect(error.reason, error.message).toBe(reason);
  return error;
}

describe("a valid webhook", () => {
  it("resolves to the parsed body, typed as the spec's payload", async () => {
    const event = await verifyGongWebhook(await webhook());
    expect(event).toEqual(JSON.parse(WEBHOOK_BODY));
    expect(event.isTest).toBe(false);
    expect(event.callData.metaData?.id).toBe("5599332235511222779");
  });

  it.each([
    ["a string", () => WEBHOOK_BODY],
    ["a Uint8Array", () => new TextEncoder().encode(WEBHOOK_BODY)],
    ["a Node Buffer", () => Buffer.from(WEBHOOK_BODY)],
    ["an ArrayBuffer", () => new TextEncoder().encode(WEBHOOK_BODY).buffer],
    ["a view into a larger buffer", () => Buffer.from(`xx${WEBHOOK_BODY}yy`).subarray(2, -2)],
  ])("takes the body as %s", async (_, body) => {
    const event = await verifyGongWebhook(await webhook({ body: body() }));
    expect(event.callData.metaData?.title).toContain("Ron/Speedman");
  });

  it("hashes the bytes, so a body that is not ASCII verifies as bytes and as text", async () => {
    const body = JSON.stringify({ callData: { metaData: { title: "Réunion — 会議 🎧" } }, isTest: true });
    const authorization = await signWebhook(keys, { body });
    for (const form of [body, new TextEncoder().encode(body)]) {
      const event = await verifyGongWebhook(await webhook({ body: form, authorization }));
      expect(event.callData.metaData?.title).toBe("Réunion — 会議 🎧");
      expect(event.isTest).toBe(true);
    }
  });

  it.each([
    ["Bearer ", (t: string) => `Bearer ${t}`],
    ["bearer (any case)", (t: string) => `bEaReR ${t}`],
    ["surrounding spaces", (t: string) => `  ${t} `],
  ])("tolerates %s around the token", async (_, wrap) => {
    const token = await signWebhook(keys);
    await expect(verifyGongWebhook(await webhook({ authorization: wrap(token) }))).resolves.toBeDefined();
  });

  it.each([
    ["bare base64 (as Gong shows it)", () => keys.base64],
    ["bare base64 broken over lines", () => keys.base64.replace(/(.{60})/g, "$1\n")],
    ["PEM", () => keys.pem],
    ["a CryptoKey", () => keys.publicKey],
  ])("takes the public key as %s", async (_, publicKey) => {
    await expect(verifyGongWebhook(await webhook({ publicKey: publicKey() }))).resolves.toBeDefined();
  });

  it("accepts an upper-case hex body_sha256", async () => {
    const claims = { body_sha256: (await sha256HexOf(WEBHOOK_BODY)).toUpperCase() };
    const authorization = await signWebhook(keys, { claims });
    await expect(verifyGongWebhook(await webhook({ authorization }))).resolves.toBeDefined();
  });

  it.each([
    ["scheme and host case, default port", "HTTPS://Hooks.Example.COM:443/gong/calls?tenant=acme"],
    ["a fragment", `${WEBHOOK_URL}#ignored`],
    ["dot segments", "https://hooks.example.com/gong/x/../calls?tenant=acme"],
    ["a URL object", new URL(WEBHOOK_URL)],
  ])("compares the URL normalized: %s", async (_, url) => {
    await expect(verifyGongWebhook(await webhook({ url }))).resolves.toBeDefined();
  });
});

describe("refused, with the reason", () => {
  it.each([
    ["undefined", undefined],
    ["null", null],
    ["empty", ""],
    ["only Bearer", "Bearer "],
    ["only spaces", "   "],
  ])("missing: the header is %s", async (_, authorization) => {
    await expectReason(await webhook({ authorization }), "missing");
  });

  it.each([
    ["not a JWT", "not-a-jwt"],
    ["two parts", "eyJhbGciOiJSUzI1NiJ9.eyJleHAiOjF9"],
    ["four parts", "a.b.c.d"],
    ["a header that is not JSON", `${Buffer.from("{oops").toString("base64url")}.e30.c2ln`],
    ["a basic-auth header", "Basic dXNlcjpwYXNz"],
  ])("malformed: %s", async (_, authorization) => {
    await expectReason(await webhook({ authorization }), "malformed");
  });

  it.each([
    ["without exp", { exp: null }],
    ["with exp not a number", { claims: { exp: "tomorrow" } }],
    ["without body_sha256", { claims: { body_sha256: undefined } }],
    ["with body_sha256 not hex", { claims: { body_sha256: "z".repeat(64) } }],
    [
      "with body_sha256 in base64",
      { claims: { body_sha256: "n4bQgYhMfWWaL+qgxVrQFaO/TxsrC4Is0V1sFbDwCgg=" } },
    ],
    ["without webhook_url", { claims: { webhook_url: undefined } }],
    ["with webhook_url not a string", { claims: { webhook_url: ["https://hooks.example.com/"] } }],
  ])("malformed: a signed JWT %s", async (_, options) => {
    const authorization = await signWebhook(keys, options);
    await expectReason(await webhook({ authorization }), "malformed");
  });

  it("algorithm: alg none (an unsigned token)", async () => {
    const body_sha256 = await sha256HexOf(WEBHOOK_BODY);
    const authorization = new UnsecuredJWT({ webhook_url: WEBHOOK_URL, body_sha256 })
      .setExpirationTime("5m")
      .encode();
    expect(authorization).toMatch(/\.$/);
    await expectReason(await webhook({ authorization }), "algorithm");
  });

  it.each([
    ["its DER bytes", () => keys.der],
    ["its base64 text", () => new TextEncoder().encode(keys.base64)],
    ["its PEM text", () => new TextEncoder().encode(keys.pem)],
  ])("algorithm: HS256 signed with the public key (%s) as the HMAC secret", async (_, secret) => {
    const authorization = await signWebhook(keys, { alg: "HS256", key: secret() });
    await expectReason(await webhook({ authorization }), "algorithm");
    await expectReason(await webhook({ authorization, publicKey: keys.pem }), "algorithm");
  });

  it("algorithm: RS512 and PS256 with the rule's own key", async () => {
    const rs512 = await crypto.subtle.importKey(
      "pkcs8",
      await crypto.subtle.exportKey("pkcs8", keys.privateKey),
      { name: "RSASSA-PKCS1-v1_5", hash: "SHA-512" },
      false,
      ["sign"],
    );
    const ps256 = await crypto.subtle.importKey(
      "pkcs8",
      await crypto.subtle.exportKey("pkcs8", keys.privateKey),
      { name: "RSA-PSS", hash: "SHA-256" },
      false,
      ["sign"],
    );
    for (const [alg, key] of [
      ["RS512", rs512],
      ["PS256", ps256],
    ] as const) {
      await expectReason(
        await webhook({ authorization: await signWebhook(keys, { alg, key }) }),
        "algorithm",
      );
    }
  });

  it("signature: signed by another rule's key", async () => {
    const authorization = await signWebhook(otherKeys);
    await expectReason(await webhook({ authorization }), "signature");
  });

  it("signature: claims changed after signing (a longer exp)", async () => {
    const [header, , signature] = (await signWebhook(keys)).split(".");
    const claims = {
      webhook_url: WEBHOOK_URL,
      body_sha256: await sha256HexOf(WEBHOOK_BODY),
      exp: nowSec() + 86_400,
    };
    await expectReason(
      await webhook({ authorization: `${header}.${base64url(claims)}.${signature}` }),
      "signature",
    );
  });

  it("signature: an expired token with a bad signature is a bad signature first", async () => {
    const authorization = await signWebhook(otherKeys, { exp: nowSec() - 3600 });
    await expectReason(await webhook({ authorization }), "signature");
  });

  it("expired: exp more than clockToleranceSec (60 s by default) ago", async () => {
    const now = Date.UTC(2026, 11, 2, 12, 0, 0);
    const exp = now / 1000 - 61;
    const authorization = await signWebhook(keys, { exp });
    await expectReason(await webhook({ authorization, now }), "expired");
    await expect(verifyGongWebhook(await webhook({ authorization, now: now - 2000 }))).resolves.toBeDefined();
    await expect(
      verifyGongWebhook(await webhook({ authorization, now, clockToleranceSec: 120 })),
    ).resolves.toBeDefined();
    await expectReason(await webhook({ authorization, now: new Date(now) }), "expired");
  });

  it("expired: within the tolerance is accepted, with no tolerance it is not", async () => {
    const authorization = await signWebhook(keys, { exp: nowSec() - 30 });
    await expect(verifyGongWebhook(await webhook({ authorization }))).resolves.toBeDefined();
    await expectReason(await webhook({ authorization, clockToleranceSec: 0 }), "expired");
  });

  it("body: the body is not the one signed", async () => {
    await expectReason(await webhook({ body: WEBHOOK_BODY.replace("false", "true") }), "body");
    await expectReason(await webhook({ body: `${WEBHOOK_BODY}\n` }), "body");
    await expectReason(await webhook({ body: JSON.stringify(JSON.parse(WEBHOOK_BODY), null, 2) }), "body");
  });

  it("body: a body_sha256 one hex digit off, at any position (every digit is compared)", async () => {
    const hash = await sha256HexOf(WEBHOOK_BODY);
    for (const at of [0, 31, 63]) {
      const digit = hash[at] === "0" ? "1" : "0";
      const body_sha256 = `${hash.slice(0, at)}${digit}${hash.slice(at + 1)}`;
      const authorization = await signWebhook(keys, { claims: { body_sha256 } });
      await expectReason(await webhook({ authorization }), "body");
    }
  });

  it("body: signed, but not a JSON object", async () => {
    for (const body of ["not json", "[1,2]", "null"]) {
      const authorization = await signWebhook(keys, { body });
      await expectReason(await webhook({ body, authorization }), "body");
    }
  });

  it.each([
    ["another path", "https://hooks.example.com/gong/other?tenant=acme"],
    ["a trailing slash", "https://hooks.example.com/gong/calls/?tenant=acme"],
    ["another host", "https://evil.example.com/gong/calls?tenant=acme"],
    ["another scheme", "http://hooks.example.com/gong/calls?tenant=acme"],
    ["another port", "https://hooks.example.com:8443/gong/calls?tenant=acme"],
    ["another query", "https://hooks.example.com/gong/calls?tenant=other"],
    ["no query", "https://hooks.example.com/gong/calls"],
  ])("url: the JWT was issued for %s", async (_, url) => {
    await expectReason(await webhook({ url }), "url");
  });

  it("url: a webhook_url that is not an http(s) URL", async () => {
    for (const webhook_url of ["not a url", "mailto:hooks@example.com", "/gong/calls?tenant=acme"]) {
      const authorization = await signWebhook(keys, { claims: { webhook_url } });
      await expectReason(await webhook({ authorization }), "url");
    }
  });

  it.each([
    ["not base64", () => "this is not a key!"],
    ["base64 of something else", () => Buffer.from("hello world").toString("base64")],
    ["a PKCS#1 PEM", () => keys.pem.replaceAll("PUBLIC KEY", "RSA PUBLIC KEY")],
    ["a certificate PEM", () => keys.pem.replaceAll("PUBLIC KEY", "CERTIFICATE")],
    ["empty", () => ""],
  ])("key: a public key that is %s", async (_, publicKey) => {
    await expectReason(await webhook({ publicKey: publicKey() }), "key");
  });

  it("key: an EC key, a 1024-bit RSA key, an RSA-PSS key, a private key", async () => {
    const ec = await crypto.subtle.generateKey({ name: "ECDSA", namedCurve: "P-256" }, true, [
      "sign",
      "verify",
    ]);
    const ecSpki = Buffer.from(await crypto.subtle.exportKey("spki", ec.publicKey)).toString("base64");
    const small = await makeRuleKeys(1024);
    const pss = await crypto.subtle.importKey("spki", keys.der, { name: "RSA-PSS", hash: "SHA-256" }, false, [
      "verify",
    ]);
    for (const publicKey of [ecSpki, ec.publicKey, small.base64, small.publicKey, pss, keys.privateKey]) {
      await expectReason(await webhook({ publicKey }), "key");
    }
  });
});

describe("arguments of the wrong kind are GongInvalidArgumentError, not a verdict on the webhook", () => {
  it.each([
    ["a parsed object", () => JSON.parse(WEBHOOK_BODY)],
    ["an array", () => []],
    ["undefined", () => undefined],
    ["a number", () => 42],
  ])("body as %s", async (_, body) => {
    const error = await verifyGongWebhook(await webhook({ body: body() as string })).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongInvalidArgumentError);
    expect((error as Error).message).toContain("raw request body");
  });

  it.each([
    ["a path only", { url: "/gong/calls" }],
    ["not http(s)", { url: "mailto:hooks@example.com" }],
    ["a negative tolerance", { clockToleranceSec: -1 }],
    ["a NaN tolerance", { clockToleranceSec: Number.NaN }],
    ["an invalid now", { now: Number.NaN }],
    ["a public key that is neither text nor a CryptoKey", { publicKey: 42 as unknown as string }],
  ])("%s", async (_, overrides) => {
    const error = await verifyGongWebhook(await webhook(overrides)).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongInvalidArgumentError);
  });
});

describe("properties", () => {
  it("any change to any byte of the body is refused with reason body", async () => {
    const body = new TextEncoder().encode(WEBHOOK_BODY);
    const authorization = await signWebhook(keys, { body });
    const publicKey = keys.publicKey;
    await fc.assert(
      fc.asyncProperty(
        fc.nat({ max: body.length - 1 }),
        fc.integer({ min: 1, max: 255 }),
        async (index, delta) => {
          const changed = body.slice();
          changed[index] = (changed[index]! + delta) % 256;
          const error = await refusal({ body: changed, authorization, publicKey, url: WEBHOOK_URL });
          expect(error.reason).toBe("body");
        },
      ),
      { numRuns: 200 },
    );
  });

  it("a byte added or removed anywhere is refused with reason body", async () => {
    const body = new TextEncoder().encode(WEBHOOK_BODY);
    const authorization = await signWebhook(keys, { body });
    await fc.assert(
      fc.asyncProperty(fc.nat({ max: body.length }), fc.boolean(), async (index, add) => {
        const changed = add
          ? new Uint8Array([...body.subarray(0, index), 0x20, ...body.subarray(index)])
          : new Uint8Array([...body.subarray(0, index), ...body.subarray(index + 1)]);
        if (changed.length === body.length) return; // removing past the end changes nothing
        const error = await refusal({
          body: changed,
          authorization,
          publicKey: keys.publicKey,
          url: WEBHOOK_URL,
        });
        expect(error.reason).toBe("body");
      }),
      { numRuns: 100 },
    );
  });
});

describe("no error quotes the token or the body", () => {
  const renderings = (error: Error) => [
    error.message,
    String(error.stack),
    String(error),
    JSON.stringify(error),
    inspect(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
  ];

  it("in message, stack, toJSON and inspect, for every reason", async () => {
    const token = await signWebhook(keys, { claims: { webhook_url: "https://secret-host.example.com/x" } });
    const [, claims, signature] = token.split(".");
    const cases: [GongWebhookErrorReason, Partial<VerifyGongWebhookOptions>][] = [
      ["missing", { authorization: undefined }],
      ["malformed", { authorization: `${token}.extra` }],
      ["algorithm", { authorization: await signWebhook(keys, { alg: "HS256", key: keys.der }) }],
      ["signature", { authorization: await signWebhook(otherKeys) }],
      ["expired", { authorization: await signWebhook(keys, { exp: nowSec() - 3600 }) }],
      ["body", { body: WEBHOOK_BODY.replace("Ron", "Bob") }],
      ["url", { authorization: token }],
      ["key", { publicKey: `${keys.base64.slice(0, 40)}!!` }],
    ];
    for (const [reason, overrides] of cases) {
      const error = await expectReason(await webhook(overrides), reason);
      expect(error).toBeInstanceOf(GongError);
      expect(error.name).toBe("GongWebhookError");
      expect(error.toJSON()).toEqual({ name: "GongWebhookError", message: error.message, reason });
      for (const text of renderings(error)) {
        for (const secret of [token, claims!, signature!, "secret-host", "BODY-MARKER-7f3a", keys.base64]) {
          expect(text).not.toContain(secret);
        }
      }
      expect(inspect(error)).toContain(`"reason":"${reason}"`);
    }
  });

  it("nor does the error for a parsed body", async () => {
    const error = (await verifyGongWebhook(await webhook({ body: JSON.parse(WEBHOOK_BODY) })).catch(
      (e: unknown) => e,
    )) as Error;
    for (const text of renderings(error)) expect(text).not.toContain("BODY-MARKER-7f3a");
  });
});

describe("the payload's 64-bit integers", () => {
  it("CALL_WEBHOOK_INT64 is what the spec's webhooks.call body holds", () => {
    const schema = spec.webhooks.call.post.requestBody.content["application/json"].schema;
    expect([...CALL_WEBHOOK_INT64]).toEqual(int64Properties(spec, schema, "webhooks.call"));
  });
});

describe("jose is the verifier", () => {
  it("a token jose signs with SignJWT's own claim helpers verifies", async () => {
    const authorization = await new SignJWT({
      webhook_url: WEBHOOK_URL,
      body_sha256: await sha256HexOf(WEBHOOK_BODY),
    })
      .setProtectedHeader({ alg: "RS256" })
      .setIssuedAt()
      .setExpirationTime("2m")
      .sign(keys.privateKey);
    await expect(verifyGongWebhook(await webhook({ authorization }))).resolves.toBeDefined();
  });
});
