// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run `pnpm generate`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
// List all calls that were manually associated with CRM objects: GET /v2/calls/manual-crm-associations
import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

try {
  // Every item of every page: the client requests the next page with records.cursor.
  for await (const association of gong.calls.listManualCrmAssociations({ fromDateTime: "2018-02-18T08:00:00Z" })) {
    console.log(association);
  }
} catch (error) {
  throw error;
}
