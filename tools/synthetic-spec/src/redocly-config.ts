// spec/'s Redocly config, pointed at a synthetic openapi.json, so a synthetic spec is linted by the
// same rules as the real one (kept in one place: spec/redocly.yaml).
import { readFile } from "node:fs/promises";
import { fileURLToPath } from "node:url";

const SPEC_CONFIG = new URL("../../../spec/redocly.yaml", import.meta.url);
const SPEC_DIR = fileURLToPath(new URL("../../../spec/", import.meta.url));

export async function redoclyConfig(): Promise<string> {
  const text = await readFile(SPEC_CONFIG, "utf8");
  const pointed = text.replace(/^( {4}root:) openapi\.yaml$/m, "$1 openapi.json");
  if (pointed === text) throw new Error("spec/redocly.yaml no longer has `apis.gong.root: openapi.yaml`");
  // Plugins are found relative to the config; the synthetic config lives elsewhere.
  return pointed.replace(
    /^( {2}- )(plugins\/\S+\.js)$/gm,
    (_, item: string, path: string) => `${item}${SPEC_DIR}${path}`,
  );
}
