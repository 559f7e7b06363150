// Run with --expose-gc by page-memory.ts: lists every user from the server at <baseUrl>, with the
// client (`for await (const user of gong.users.list())`) or, as the baseline, a loop of raw fetch that
// follows the cursor itself, and prints as JSON the heap in use after a full GC at sampled pages.
// Usage: node --expose-gc page-memory-child.ts <baseUrl> <users> <pageSize> <client|fetch>
import { createGongClient } from "@gongkit/client";
import { isSampledPage } from "./page-memory.ts";

const [baseUrl, usersArg, pageSizeArg, mode] = process.argv.slice(2);
const users = Number(usersArg);
const pageSize = Number(pageSizeArg);
const lastPage = Math.max(1, Math.ceil(users / pageSize));
const { gc } = globalThis;
if (baseUrl === undefined || !(pageSize > 0) || gc === undefined || (mode !== "client" && mode !== "fetch")) {
  throw new Error("usage: node --expose-gc page-memory-child.ts <baseUrl> <users> <pageSize> <client|fetch>");
}

const samples: { page: number; heap: number }[] = [];
/** With the page's body held, as a consumer's loop holds it: GC, let finalizers run, GC again. */
async function sample(page: number): Promise<void> {
  if (!isSampledPage(page, lastPage)) return;
  gc?.();
  await new Promise((resolve) => setTimeout(resolve, 0));
  gc?.();
  samples.push({ page, heap: process.memoryUsage().heapUsed });
}

let items = 0;
if (mode === "client") {
  const gong = createGongClient({
    auth: { accessKey: "bench-key", accessKeySecret: "bench-secret" },
    baseUrl,
    rateLimit: false,
  });
  for await (const _user of gong.users.list()) {
    if (items % pageSize === 0) await sample(items / pageSize + 1);
    items++;
  }
} else {
  let cursor: string | undefined;
  for (let page = 1; ; page++) {
    const query = cursor === undefined ? "" : `?cursor=${encodeURIComponent(cursor)}`;
    const response = await fetch(`${baseUrl}/v2/users${query}`);
    const body = JSON.parse(await response.text()) as { records?: { cursor?: string }; users?: unknown[] };
    items += body.users?.length ?? 0;
    await sample(page);
    cursor = body.records?.cursor;
    if (!cursor) break;
  }
}
process.stdout.write(JSON.stringify({ items, samples }));
