// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Upload CRM objects: POST /v2/crm/entities
import { createGongClient, GongConflictError, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

// One object per line of the upload (an async iterable streams them instead of holding them).
const records = [
  {
    objectId: "8608553",
    modifiedDate: "2022-02-04T18:24:59Z",
    url: "http://crm.com/deals/8608553",
    accountId: "5ybyh6n6n65",
    ownerId: "5486951",
    name: "Deal name",
    createdDate: "2022-02-04T17:57:23Z",
    closeDate: "2022-09-04",
    status: "OPEN",
    stage: "discovery",
    amount: 7000
  },
  {
    objectId: "8608554",
    modifiedDate: "2022-02-04T18:24:59Z",
    isDeleted: true
  }
];

try {
  const { requestId, clientRequestId } = await gong.crm.uploadObjects({ integrationId: "6286478263646", objectType: "DEAL", clientRequestId: "1234" }, records);
  console.log(requestId, clientRequestId);
} catch (error) {
  if (error instanceof GongConflictError) {
    console.error(`Conflict: ${error.errors.join("; ")}`);
  } else if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
