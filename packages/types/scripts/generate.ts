// Generates src/generated/ from the bundled spec (spec/dist/openapi.json).
// `node scripts/generate.ts <openapi.json> <out dir>` does the same for another spec (pnpm bench's scale
// stages), so what is measured is this generator, not a copy of it.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { int64AsString } from "@gongkit/client-codegen/int64";
import openapiTS, { astToString } from "openapi-typescript";
import ts from "typescript";

const require = createRequire(import.meta.url);
const [specArg, outArg] = process.argv.slice(2);
const specPath = specArg ?? require.resolve("@gongkit/spec/openapi.json");
const outDir = outArg ? pathToFileURL(`${outArg}/`) : new URL("../src/generated/", import.meta.url);

const header = `// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with \`pnpm generate\`.
`;

const specText = await readFile(specPath, "utf8");
const spec = JSON.parse(specText);
// 64-bit integers are strings: the client parses them with every digit (see @gongkit/client's README).
const ast = await openapiTS(spec, { transform: int64AsString(ts) });
const specSha256 = createHash("sha256").update(specText).digest("hex");

await mkdir(outDir, { recursive: true });
await writeFile(new URL("openapi.ts", outDir), `${header}\n${astToString(ast)}`);
await writeFile(new URL("schemas.ts", outDir), `${header}\n${schemaAliases(spec.components?.schemas ?? {})}`);
await writeFile(
  new URL("spec-hash.ts", outDir),
  `${header}\n/** SHA-256 of the bundled spec these types were generated from. */\nexport const specSha256 = "${specSha256}";\n`,
);
console.log(`@gongkit/types: generated from spec ${specSha256.slice(0, 12)}`);

/** A named type per schema (`UserMetadata`, `CallBasicData`, ...), documented with its description. */
function schemaAliases(schemas: Record<string, { description?: string }>): string {
  const lines = ['import type { components } from "./openapi.js";', ""];
  for (const [name, schema] of Object.entries(schemas).sort(([a], [b]) => a.localeCompare(b))) {
    if (!/^[A-Za-z_$][\w$]*$/.test(name)) continue;
    const doc = schema.description?.replace(/\*\//g, "*\\/").replace(/\s+/g, " ").trim();
    if (doc) lines.push(`/** ${doc} */`);
    lines.push(`export type ${name} = components["schemas"][${JSON.stringify(name)}];`);
  }
  return `${lines.join("\n")}\n`;
}
