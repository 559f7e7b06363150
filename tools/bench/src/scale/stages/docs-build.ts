// Scale stage: the docs site's generator (samples, then pages) on a synthetic spec; prints the
// site's file count and first-load sizes as JSON.
// Usage: node docs-build.ts <openapi.json> <work dir>
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { buildSite } from "@gongkit/docs-site/src/build-site.ts";
import { writeSamples } from "@gongkit/docs-site/src/samples/write-samples.ts";
import { firstLoadBytes } from "../first-load.ts";

const [specPath, workDir] = process.argv.slice(2);
if (specPath === undefined || workDir === undefined) throw new Error("usage: docs-build.ts <spec> <dir>");
const text = await readFile(specPath, "utf8");
const doc = JSON.parse(text);
const samplesDir = join(workDir, "samples");
const outDir = join(workDir, "dist");
await writeSamples(doc, samplesDir);
const { files } = await buildSite({
  doc,
  specSha256: createHash("sha256").update(text).digest("hex"),
  outDir,
  samplesDir,
});
const pages = files.filter((file) => file.endsWith(".html"));
const loads = pages.map((page) => firstLoadBytes(outDir, page));
console.log(
  JSON.stringify({
    files: files.length,
    indexFirstLoadBytes: loads[pages.indexOf("index.html")],
    largestFirstLoadBytes: Math.max(...loads),
  }),
);
