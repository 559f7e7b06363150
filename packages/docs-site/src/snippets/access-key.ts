import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

const { user } = await gong.users.get("234599484848423");
console.log(user?.emailAddress);
