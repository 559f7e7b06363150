// `pnpm bench`'s build section, in a clean clone (temp dir): cold `turbo run build`, warm (full
// cache hit), after a one-line spec edit; then a second clean clone replays the build from a
// self-hosted remote cache.
import { readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { startRemoteCache } from "@gongkit/remote-cache";
import { cloneAndInstall } from "./checkout.ts";
import { type TurboBuild, turboBuild } from "./turbo-run.ts";

export interface BuildBench {
  commit: string;
  installMs: number;
  cold: TurboBuild;
  warm: TurboBuild;
  specEdit: TurboBuild & { edit: string };
  remote: TurboBuild;
  remoteInstallMs: number;
}

const EDITED_FILE = "spec/users/paths/users_{id}.yaml";
const EDIT = { from: "summary: Retrieve user", to: "summary: Retrieve a user" };

export async function runBuildBench(
  repoRoot: string,
  workDir: string,
  log: (line: string) => void,
): Promise<BuildBench> {
  const cache = await startRemoteCache({
    storageDir: join(workDir, "remote-storage"),
    team: "team_gongkit_bench",
  });
  try {
    log("build: cloning and installing (offline, frozen lockfile)...");
    const first = await cloneAndInstall(repoRoot, join(workDir, "first"));
    const localCache = (name: string) => ({ TURBO_CACHE_DIR: join(workDir, `cache-${name}`) });

    log("build: cold (empty local and remote cache)...");
    const cold = await turboBuild(first.dir, { ...cache.env, ...localCache("first") });
    log("build: warm...");
    const warm = await turboBuild(first.dir, { ...cache.env, ...localCache("first") });

    log("build: one-line spec edit...");
    const file = join(first.dir, EDITED_FILE);
    const original = await readFile(file, "utf8");
    if (!original.includes(EDIT.from)) throw new Error(`${EDITED_FILE} no longer has "${EDIT.from}"`);
    await writeFile(file, original.replace(EDIT.from, EDIT.to));
    let specEdit: TurboBuild;
    try {
      specEdit = await turboBuild(first.dir, localCache("first"));
    } finally {
      await writeFile(file, original);
    }

    log("build: second clean clone against the remote cache...");
    // The same commit as the first clone, even if the repo moved on meanwhile.
    const second = await cloneAndInstall(repoRoot, join(workDir, "second"), first.commit);
    const remote = await turboBuild(second.dir, { ...cache.env, ...localCache("second") });
    await rm(first.dir, { recursive: true, force: true });
    await rm(second.dir, { recursive: true, force: true });
    return {
      commit: first.commit,
      installMs: first.installMs,
      cold,
      warm,
      specEdit: { ...specEdit, edit: `${EDITED_FILE}: "${EDIT.from}" -> "${EDIT.to}"` },
      remote,
      remoteInstallMs: second.installMs,
    };
  } finally {
    await cache.stop();
  }
}
