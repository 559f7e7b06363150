// Finds a dependency's CLI script, so it runs with this process's Node (24) whatever PATH says.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The script behind `bin` (the package's only bin, or the one named `name`) of an installed package. */
export function packageBin(packageName: string, name = packageName): string {
  const manifest = require.resolve(`${packageName}/package.json`);
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin?: string | Record<string, string> };
  const script = typeof bin === "string" ? bin : bin?.[name];
  if (script === undefined) throw new Error(`${packageName} has no bin named ${name}`);
  return join(dirname(manifest), script);
}
