// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Retrieve all references to a phone number: GET /v2/data-privacy/data-for-phone-number
import { createGongClient, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId, emails, calls, meetings, customerData, suppliedPhoneNumber, matchingPhoneNumbers, emailAddresses } = await gong.dataPrivacy.findPhoneNumberReferences({ phoneNumber: "+1(425) 555-2671" });
  console.log(requestId, emails, calls, meetings, customerData, suppliedPhoneNumber, matchingPhoneNumbers, emailAddresses);
} catch (error) {
  if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
