import { describe, expectTypeOf, test } from "vitest";
import type { CallData, CallWebhookPayload, webhooks } from "../src/index.js";

describe("the call webhook (spec `webhooks.call`)", () => {
  test("its body is the payload type: the call as /v2/calls/extensive gives it, and isTest", () => {
    type Body = webhooks["call"]["post"]["requestBody"]["content"]["application/json"];
    expectTypeOf<Body>().toEqualTypeOf<CallWebhookPayload>();
    expectTypeOf<CallWebhookPayload>().toEqualTypeOf<{ callData: CallData; isTest: boolean }>();
    expectTypeOf<NonNullable<CallWebhookPayload["callData"]["metaData"]>["title"]>().toEqualTypeOf<
      string | undefined
    >();
  });
});
