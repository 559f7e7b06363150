// Fetch one Gong user and print it. By default this talks to the mock Gong started by `pnpm mock`;
// set GONG_BASE_URL, GONG_ACCESS_KEY and GONG_ACCESS_KEY_SECRET to use your own company's API.
import { createGongClient, GongNotFoundError } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY ?? "mock-access-key",
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET ?? "mock-access-key-secret",
  },
  baseUrl: process.env.GONG_BASE_URL ?? "http://127.0.0.1:4010",
});

const id = process.argv[2] ?? "234599484848423";
try {
  const { user } = await gong.users.get(id);
  console.log(`${user?.firstName} ${user?.lastName} <${user?.emailAddress}> (id ${user?.id})`);
  console.log(JSON.stringify(user, null, 2));
} catch (error) {
  if (error instanceof GongNotFoundError) console.error(`No user ${id} (requestId ${error.requestId})`);
  else throw error;
}
