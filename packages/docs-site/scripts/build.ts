// Builds the site into dist/ from the bundled spec (see README).
import { fileURLToPath } from "node:url";
import { buildSite } from "../src/build-site.ts";
import { loadSpec } from "../src/spec/load-spec.ts";

const outDir = fileURLToPath(new URL("../dist/", import.meta.url));
const { doc, sha256 } = await loadSpec();
const { files } = await buildSite({ doc, specSha256: sha256, outDir });
console.log(`@gongkit/docs-site: ${files.length} files in dist/ from spec ${sha256.slice(0, 12)}`);
