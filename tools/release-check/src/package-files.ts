import { readdir, readFile } from "node:fs/promises";
import { join, relative } from "node:path";

/** What a published package may contain: its manifest, README, LICENSE and build output. */
const allowed = /^(package\.json|README\.md|LICENSE|dist\/.+\.(js|d\.ts))$/;
/** What each published manifest must declare. */
const requiredFields = ["repository", "engines", "license", "exports", "types", "sideEffects"];

/** Files and missing manifest fields of the installed packages in `scopeDir` that a package should not ship. */
export async function unexpectedPackageFiles(scopeDir: string): Promise<string[]> {
  const problems: string[] = [];
  for (const name of await readdir(scopeDir)) {
    const dir = join(scopeDir, name);
    const files = (await readdir(dir, { recursive: true, withFileTypes: true }))
      .filter((entry) => entry.isFile())
      .map((entry) => relative(dir, join(entry.parentPath, entry.name)));
    for (const file of files) if (!allowed.test(file)) problems.push(`@gongkit/${name}/${file}`);
    for (const required of ["package.json", "README.md", "LICENSE"]) {
      if (!files.includes(required)) problems.push(`@gongkit/${name} lacks ${required}`);
    }
    const manifest = JSON.parse(await readFile(join(dir, "package.json"), "utf8"));
    for (const field of requiredFields) {
      if (manifest[field] === undefined) problems.push(`@gongkit/${name}/package.json lacks "${field}"`);
    }
  }
  return problems;
}
