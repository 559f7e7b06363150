import { readFile } from "node:fs/promises";
import { join } from "node:path";

/** The published packages: the group `.changeset/config.json` versions together (`fixed`). */
export async function publishedPackages(repoRoot: string): Promise<string[]> {
  const config = JSON.parse(await readFile(join(repoRoot, ".changeset", "config.json"), "utf8")) as {
    fixed?: string[][];
  };
  const names = (config.fixed ?? []).flat();
  if (names.length === 0)
    throw new Error(".changeset/config.json names no `fixed` group of published packages.");
  return names;
}
