import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

// integrationId is a 64-bit integer in Gong's JSON; the client hands it over as a string of digits.
const { integrationId } = await gong.crm.registerIntegration({
  ownerEmail: "joe.doe@acme.com",
  name: "ACME Sandbox",
});

// Pass it back as it came: path and query parameters of this kind take strings too.
if (integrationId !== undefined) {
  const fields = await gong.crm.listSchemaFields({ integrationId, objectType: "ACCOUNT" });
  console.log(integrationId, fields.objectTypeToSelectedFields);
}
await gong.meetings.delete("7782342274025937", { organizerEmail: "test@test.com" });
