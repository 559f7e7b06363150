import { createGongClient } from "@gongkit/client";

const gong = createGongClient({
  auth: {
    accessKey: process.env.GONG_ACCESS_KEY!,
    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,
  },
});

// Awaited, a paged method gives the first page's body as Gong sends it.
const first = await gong.users.list();
console.log(first.records?.totalRecords, first.records?.cursor);

// Iterated, every item of every page: the next page is requested when the loop reaches it.
for await (const user of gong.users.list({ includeAvatars: false })) {
  console.log(user.emailAddress);
}

// The cursor goes in the body for the POST lists; `break` sends no further request.
let seen = 0;
for await (const call of gong.calls.listByFilter({
  filter: { fromDateTime: "2024-05-01T00:00:00Z", toDateTime: "2024-06-01T00:00:00Z" },
})) {
  console.log(call.metaData?.title);
  if (++seen === 250) break;
}

// `.pages()` iterates whole bodies, `records` included.
for await (const page of gong.users.list().pages()) {
  console.log(`page ${page.records?.currentPageNumber}: ${page.users?.length} users`);
}
