import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export const repoRoot = new URL("../../../", import.meta.url).pathname;

/** The published packages (the `fixed` group in .changeset/config.json) with their folders. */
export async function publishedPackages(): Promise<{ name: string; dir: string }[]> {
  const config = JSON.parse(await readFile(join(repoRoot, ".changeset", "config.json"), "utf8"));
  const names: string[] = config.fixed.flat();
  return names.map((name) => ({ name, dir: join(repoRoot, "packages", name.replace("@gongkit/", "")) }));
}

/** The pnpm that runs this script (npm_execpath under `pnpm`), else `pnpm` on PATH. */
export function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && /pnpm/.test(execPath)) return [process.execPath, [execPath]];
  return ["pnpm", []];
}

/** This workspace's TypeScript compiler, run with the current Node. */
export function tscCommand(): [string, string[]] {
  const require = createRequire(import.meta.url);
  return [process.execPath, [join(dirname(require.resolve("typescript/package.json")), "bin", "tsc")]];
}
