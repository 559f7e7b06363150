import { createGongClient } from "@gongkit/client";

// The mock accepts any credentials.
const gong = createGongClient({
  auth: { accessKey: "mock", accessKeySecret: "mock" },
  baseUrl: "http://127.0.0.1:4010",
});

console.log(await gong.users.get("234599484848423"));
