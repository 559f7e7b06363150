// `pnpm docs`: the script builds and serves on 127.0.0.1; the watcher that triggers its rebuilds.
import { type ChildProcess, spawn } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { watchFolders } from "../src/serve/watch.ts";

const packageDir = fileURLToPath(new URL("../", import.meta.url));
const cleanups: (() => Promise<void> | void)[] = [];
afterAll(async () => {
  for (const cleanup of cleanups.reverse()) await cleanup();
});

describe("watchFolders", () => {
  it("runs once after a burst of changes settles, ignoring build output", async () => {
    const dir = await mkdtemp(join(tmpdir(), "docs-watch-"));
    cleanups.push(() => rm(dir, { recursive: true, force: true }));
    const runs: string[][] = [];
    const watcher = watchFolders(
      [dir],
      async (changed) => {
        runs.push(changed.map((f) => f.slice(dir.length + 1)).sort());
      },
      { debounceMs: 100 },
    );
    cleanups.push(() => watcher.close());
    await writeFile(join(dir, "openapi.yaml"), "a");
    await writeFile(join(dir, "openapi.yaml"), "b");
    await writeFile(join(dir, "users.yaml"), "c");
    await expect.poll(() => runs.length, { timeout: 5_000 }).toBe(1);
    expect(runs[0]).toEqual(["openapi.yaml", "users.yaml"]);
  });
});

describe("pnpm docs (scripts/serve.ts)", () => {
  it("serves the built site on 127.0.0.1", async () => {
    const outDir = await mkdtemp(join(tmpdir(), "docs-serve-"));
    cleanups.push(() => rm(outDir, { recursive: true, force: true }));
    const child: ChildProcess = spawn(process.execPath, ["scripts/serve.ts"], {
      cwd: packageDir,
      env: { ...process.env, PORT: "0", DOCS_OUT_DIR: outDir },
      stdio: ["ignore", "pipe", "inherit"],
    });
    cleanups.push(() => {
      child.kill("SIGTERM");
    });
    let output = "";
    child.stdout!.on("data", (chunk: Buffer) => {
      output += chunk.toString();
    });
    await expect
      .poll(() => /http:\/\/127\.0\.0\.1:\d+\//.exec(output)?.[0], { timeout: 15_000 })
      .toBeDefined();
    const url = /http:\/\/127\.0\.0\.1:\d+\//.exec(output)![0];
    const index = await fetch(url);
    expect(index.status).toBe(200);
    expect(await index.text()).toContain("Getting started");
    const page = await fetch(`${url}reference/getUser.html`);
    expect(await page.text()).toBe(await readFile(join(outDir, "reference/getUser.html"), "utf8"));
  });
});
