import type { CallData, CallWebhookPayload } from "@gongkit/types";
import { assertType, describe, expectTypeOf, test } from "vitest";
import {
  type GongWebhookErrorReason,
  type VerifyGongWebhookOptions,
  verifyGongWebhook,
} from "../src/webhooks/index.ts";

const base = { authorization: "jwt", publicKey: "MIIBIjAN", url: "https://hooks.example.com/gong" };

describe("verifyGongWebhook's types", () => {
  test("resolves to the spec's payload: isTest and the call data", () => {
    expectTypeOf(verifyGongWebhook).returns.resolves.toEqualTypeOf<CallWebhookPayload>();
    expectTypeOf<CallWebhookPayload["isTest"]>().toEqualTypeOf<boolean>();
    expectTypeOf<CallWebhookPayload["callData"]>().toEqualTypeOf<CallData>();
  });

  test("takes the raw body as a string, a Uint8Array (a Buffer is one) or an ArrayBuffer", () => {
    assertType<VerifyGongWebhookOptions>({ ...base, body: "{}" });
    assertType<VerifyGongWebhookOptions>({ ...base, body: new Uint8Array() });
    assertType<VerifyGongWebhookOptions>({ ...base, body: Buffer.from("{}") });
    assertType<VerifyGongWebhookOptions>({ ...base, body: new ArrayBuffer(2) });
  });

  test("refuses a parsed body", () => {
    // @ts-expect-error a parsed object: body_sha256 is a hash of the bytes received
    assertType<VerifyGongWebhookOptions>({ ...base, body: { callData: {}, isTest: false } });
  });

  test("takes the header as Headers.get and node:http give it, and a CryptoKey or a URL", () => {
    assertType<VerifyGongWebhookOptions["authorization"]>(new Headers().get("authorization"));
    assertType<VerifyGongWebhookOptions["authorization"]>(undefined as string | undefined);
    assertType<VerifyGongWebhookOptions["publicKey"]>({} as CryptoKey);
    assertType<VerifyGongWebhookOptions["url"]>(new URL("https://hooks.example.com/gong"));
  });

  test("names every reason", () => {
    expectTypeOf<GongWebhookErrorReason>().toEqualTypeOf<
      "missing" | "malformed" | "algorithm" | "signature" | "expired" | "body" | "url" | "key"
    >();
  });
});
