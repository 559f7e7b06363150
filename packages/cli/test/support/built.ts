// Vitest's global setup: the tests run the built `gong`, so a missing or stale dist/ fails at once, saying
// how to build it, rather than as a hundred confusing failures.
import { readdir, stat } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const root = fileURLToPath(new URL("../../", import.meta.url));

async function newestMtime(dir: string): Promise<number> {
  let newest = 0;
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, (await stat(join(entry.parentPath, entry.name))).mtimeMs);
  }
  return newest;
}

export default async function checkBuilt(): Promise<void> {
  const bin = await stat(join(root, "dist", "bin.js")).catch(() => undefined);
  if (bin === undefined)
    throw new Error("packages/cli/dist/bin.js is missing: run `pnpm build` at the root first");
  if ((await newestMtime(join(root, "src"))) > bin.mtimeMs) {
    throw new Error("packages/cli/dist is older than src/: run `pnpm build` at the root first");
  }
}
