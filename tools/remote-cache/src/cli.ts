// `pnpm cache:server`: a turbo remote cache for the team, until Ctrl-C. HOST (default 127.0.0.1),
// PORT (default 4870), STORAGE_DIR (default .turbo/remote-cache at the repo root), TURBO_TEAM.
// The token is TURBO_TOKEN, or else a new one kept in <STORAGE_DIR>/.token (mode 600): it is never
// printed, so it does not end up in a terminal's scrollback or a CI log.
import { randomBytes } from "node:crypto";
import { existsSync } from "node:fs";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { startRemoteCache } from "./start-remote-cache.ts";

const repoRoot = fileURLToPath(new URL("../../../", import.meta.url));
const storageDir = resolve(repoRoot, process.env.STORAGE_DIR ?? ".turbo/remote-cache");
await mkdir(storageDir, { recursive: true });

async function token(): Promise<{ token: string; from: string }> {
  if (process.env.TURBO_TOKEN) return { token: process.env.TURBO_TOKEN, from: "TURBO_TOKEN" };
  const file = join(storageDir, ".token");
  if (!existsSync(file)) await writeFile(file, randomBytes(24).toString("hex"), { mode: 0o600 });
  return { token: (await readFile(file, "utf8")).trim(), from: file };
}

const { token: secret, from } = await token();
const cache = await startRemoteCache({
  storageDir,
  host: process.env.HOST ?? "127.0.0.1",
  port: Number(process.env.PORT ?? 4870),
  token: secret,
  team: process.env.TURBO_TEAM,
});
console.log(`turbo remote cache on ${cache.env.TURBO_API}, artifacts in ${storageDir}

Point a clone at it, then build as usual:
  export TURBO_API=${cache.env.TURBO_API} TURBO_TEAM=${cache.env.TURBO_TEAM} ${from === "TURBO_TOKEN" ? "TURBO_TOKEN=<the TURBO_TOKEN this server was started with>" : `TURBO_TOKEN="$(cat ${from})"`}
  pnpm build
`);

for (const signal of ["SIGINT", "SIGTERM"] as const) {
  process.once(signal, () => {
    void cache.stop().then(() => process.exit(0));
  });
}
