// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// Upload Object Schema: POST /v2/crm/entity-schema
import { createGongClient, GongRateLimitError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  const { requestId } = await gong.crm.uploadSchema([
    {
      uniqueName: "orderId",
      label: "ID",
      type: "ID",
      lastModified: "2020-11-11T08:11:34+01:00"
    },
    {
      uniqueName: "parentAccount",
      label: "Main Account",
      type: "REFERENCE",
      referenceTo: "ACCOUNT",
      lastModified: "2020-11-11T08:11:34+01:00"
    },
    {
      uniqueName: "category",
      label: "Category",
      type: "PICKLIST",
      orderedValueList: [
        "Analyst",
        "Competitor",
        "Customer",
        "Integrator",
        "Investor",
        "Partner",
        "Other"
      ],
      lastModified: "2020-11-11T08:11:34+01:00"
    },
    {
      uniqueName: "industry",
      isDeleted: true,
      label: "Industry",
      type: "PICKLIST",
      lastModified: "2020-11-21T08:11:34+01:00"
    }
  ], { integrationId: "6286478263646", objectType: "ACCOUNT" });
  console.log(requestId);
} catch (error) {
  if (error instanceof GongRateLimitError) {
    console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);
  } else {
    throw error;
  }
}
