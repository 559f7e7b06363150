// Scale stage: the client's resource generator on a synthetic spec.
// Usage: node client-codegen.ts <openapi.json> <out resources.ts>
import { readFile, writeFile } from "node:fs/promises";
import { generateResources } from "@gongkit/client-codegen";

const [specPath, outFile] = process.argv.slice(2);
if (specPath === undefined || outFile === undefined) throw new Error("usage: client-codegen.ts <spec> <out>");
const doc = JSON.parse(await readFile(specPath, "utf8"));
await writeFile(
  outFile,
  generateResources(doc, {
    typesModule: "@gongkit/types",
    runtimeModule: "../resource-runtime.js",
    source: "a synthetic spec",
  }),
);
