// What a team gets from the remote cache: a build in one clone is replayed, outputs and logs, in
// another that has never built, by turbo itself. A throwaway one-package workspace stands in for the
// repo (the full two-clone replay of gongkit's own build is part of `pnpm bench`: two installs and
// builds, too slow here).
import { execFile } from "node:child_process";
import { mkdir, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type RemoteCacheServer, startRemoteCache } from "../src/start-remote-cache.ts";

const run = promisify(execFile);
const turboManifest = createRequire(import.meta.url).resolve("turbo/package.json");
const turbo = join(dirname(turboManifest), "bin/turbo");

let root: string;
let workspace: string;
let cache: RemoteCacheServer;

/** A workspace whose one build writes a value that differs on every run: a replay is visible. */
async function writeWorkspace(dir: string) {
  await mkdir(join(dir, "packages/a"), { recursive: true });
  const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;
  await writeFile(
    join(dir, "package.json"),
    json({ name: "replay", private: true, packageManager: "npm@11.0.0", workspaces: ["packages/*"] }),
  );
  await writeFile(
    join(dir, "package-lock.json"),
    json({
      name: "replay",
      lockfileVersion: 3,
      requires: true,
      packages: {
        "": { name: "replay", workspaces: ["packages/*"] },
        "packages/a": { name: "a", version: "0.0.0" },
        "node_modules/a": { resolved: "packages/a", link: true },
      },
    }),
  );
  const build = `node -e "require('fs').mkdirSync('dist',{recursive:true});require('fs').writeFileSync('dist/out.txt',String(Math.random()))"`;
  await writeFile(
    join(dir, "packages/a/package.json"),
    json({ name: "a", version: "0.0.0", private: true, scripts: { build } }),
  );
  // Inputs named: outside git, turbo would hash everything, its own logs in .turbo/ included.
  const task = { inputs: ["package.json"], outputs: ["dist/**"] };
  await writeFile(join(dir, "turbo.json"), json({ tasks: { build: task } }));
}

/** `turbo run build` with its own local cache folder, as a fresh clone would have. */
async function build(localCache: string, env: Record<string, string>) {
  await rm(join(workspace, "packages/a/dist"), { recursive: true, force: true });
  const { stdout } = await run(process.execPath, [turbo, "run", "build"], {
    cwd: workspace,
    env: {
      PATH: process.env.PATH,
      TURBO_TELEMETRY_DISABLED: "1",
      NO_COLOR: "1",
      TURBO_CACHE_DIR: join(root, localCache),
      ...env,
    },
  });
  const cached = /Cached:\s+(\d+) cached/.exec(stdout)?.[1];
  return { cached: Number(cached), out: await readFile(join(workspace, "packages/a/dist/out.txt"), "utf8") };
}

beforeAll(async () => {
  root = await mkdtemp(join(tmpdir(), "gongkit-replay-"));
  workspace = join(root, "workspace");
  await writeWorkspace(workspace);
  cache = await startRemoteCache({ storageDir: join(root, "storage") });
});
afterAll(async () => {
  await cache?.stop();
  await rm(root, { recursive: true, force: true });
});

describe("turbo against the self-hosted remote cache", () => {
  it("replays a build for a clone with an empty local cache, outputs included", async () => {
    const first = await build("cache-first", cache.env);
    expect(first.cached).toBe(0);
    const second = await build("cache-second", cache.env);
    expect(second.cached).toBe(1);
    expect(second.out).toBe(first.out);
  });

  it("gives nothing to a clone with the wrong token: it builds again", async () => {
    const stranger = await build("cache-stranger", { ...cache.env, TURBO_TOKEN: "not-the-token" });
    expect(stranger.cached).toBe(0);
  });

  it("without TURBO_API a clone with an empty local cache builds again (the test can fail)", async () => {
    const alone = await build("cache-alone", {});
    expect(alone.cached).toBe(0);
  });
});
