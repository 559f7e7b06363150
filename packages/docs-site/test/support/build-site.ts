import { fileURLToPath } from "node:url";
import { buildSite } from "../../src/build-site.ts";
import { loadSpec } from "../../src/spec/load-spec.ts";

export const distDir = fileURLToPath(new URL("../../dist/", import.meta.url));

export async function setup(): Promise<void> {
  const { doc, sha256 } = await loadSpec();
  await buildSite({ doc, specSha256: sha256, outDir: distDir });
}
