// Scale stage: types from the bundled spec, the call packages/types/scripts/generate.ts makes
// (openapi-typescript's API on the parsed JSON, not its CLI, which would parse the file as YAML).
// Usage: node types.ts <openapi.json> <out openapi.ts>
import { readFile, writeFile } from "node:fs/promises";
import openapiTS, { astToString } from "openapi-typescript";

const [specPath, outFile] = process.argv.slice(2);
if (specPath === undefined || outFile === undefined) throw new Error("usage: types.ts <spec> <out>");
const ast = await openapiTS(JSON.parse(await readFile(specPath, "utf8")));
await writeFile(outFile, astToString(ast));
