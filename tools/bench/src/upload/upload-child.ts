// Run by upload-memory.ts: uploads the file at <path> to <baseUrl> with `gong.calls.addMedia`, after a
// warm-up upload of its first MiB, and prints as JSON the peak RSS (KiB) before and after the file's
// upload and the time it took. "streamed" hands the client the file as `await openAsBlob(path)` (kept
// on disk); "in-memory", the control, reads the file into an ArrayBuffer and uploads a Blob of it.
// Usage: node upload-child.ts <baseUrl> <path> <streamed|in-memory>
import { openAsBlob } from "node:fs";
import { createGongClient } from "@gongkit/client";

const [baseUrl, path, mode] = process.argv.slice(2);
if (baseUrl === undefined || path === undefined || (mode !== "streamed" && mode !== "in-memory")) {
  throw new Error("usage: node upload-child.ts <baseUrl> <path> <streamed|in-memory>");
}

const gong = createGongClient({ auth: { accessKey: "k", accessKeySecret: "s" }, baseUrl, rateLimit: false });
// Warm-up: modules, undici's connection and the client's upload path are loaded before the baseline.
await gong.calls.addMedia("1", (await openAsBlob(path)).slice(0, 2 ** 20));

const beforeKiB = process.resourceUsage().maxRSS;
const started = performance.now();
if (mode === "streamed") {
  await gong.calls.addMedia("1", await openAsBlob(path));
} else {
  const bytes = await (await openAsBlob(path)).arrayBuffer();
  await gong.calls.addMedia("1", new Blob([bytes]));
}
const ms = performance.now() - started;
const afterKiB = process.resourceUsage().maxRSS;
process.stdout.write(JSON.stringify({ beforeKiB, afterKiB, ms }));
