import { join } from "node:path";
import { runCommand } from "./run-command.ts";
import { pnpmCommand, publishedPackages } from "./workspace.ts";

/** Packs every published package with `pnpm pack` (workspace: ranges become versions) into `outDir`. */
export async function packPackages(outDir: string): Promise<string[]> {
  const [pnpm, prefix] = pnpmCommand();
  const tarballs: string[] = [];
  for (const { name, dir } of await publishedPackages()) {
    const { code, output } = await runCommand(pnpm, [...prefix, "pack", "--pack-destination", outDir], {
      cwd: dir,
    });
    const tarball = output.split("\n").findLast((line) => line.trim().endsWith(".tgz"));
    if (code !== 0 || !tarball) throw new Error(`pnpm pack failed for ${name}:\n${output}`);
    tarballs.push(join(outDir, tarball.trim().split("/").pop()!));
  }
  return tarballs;
}
