import { existsSync, realpathSync } from "node:fs";
import { delimiter, join } from "node:path";
import { runCommand } from "./run-command.ts";

/**
 * Every distinct Node on PATH, plus the one running this script: the pinned toolchain Node and the system
 * Node (20 on a fresh machine), so the consumer runs on the oldest Node the packages support.
 */
export async function findNodes(): Promise<{ path: string; version: string }[]> {
  const candidates = [
    process.execPath,
    ...(process.env.PATH ?? "").split(delimiter).map((dir) => join(dir, "node")),
  ];
  const seen = new Map<string, string>();
  for (const candidate of candidates) {
    if (!existsSync(candidate)) continue;
    const real = realpathSync(candidate);
    if ([...seen.keys()].some((path) => realpathSync(path) === real)) continue;
    const { code, output } = await runCommand(candidate, ["--version"], { cwd: "/" });
    if (code === 0 && !Array.from(seen.values()).includes(output)) seen.set(candidate, output);
  }
  return [...seen].map(([path, version]) => ({ path, version }));
}
