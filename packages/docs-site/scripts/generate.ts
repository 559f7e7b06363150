// Generates src/generated/: samples/<operationId>.ts (the site's TypeScript samples) from the bundled
// spec, and site.js (the page script) from src/browser/site.ts.
import { fileURLToPath } from "node:url";
import { writeBrowserScript } from "../src/browser/transpile.ts";
import { writeSamples } from "../src/samples/write-samples.ts";
import { loadSpec } from "../src/spec/load-spec.ts";

const { doc, sha256 } = await loadSpec();
const written = await writeSamples(doc, fileURLToPath(new URL("../src/generated/samples/", import.meta.url)));
await writeBrowserScript(fileURLToPath(new URL("../", import.meta.url)));
console.log(
  `@gongkit/docs-site: ${written.length} sample(s) generated from spec ${sha256.slice(0, 12)}, site.js from src/browser/site.ts`,
);
