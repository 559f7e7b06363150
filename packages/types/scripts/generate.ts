// Generates src/generated/ from the bundled spec (spec/dist/openapi.json).
// `node scripts/generate.ts <openapi.json> <out dir>` does the same for another spec (pnpm bench's scale
// stages), so what is measured is this generator, not a copy of it.
import { createHash } from "node:crypto";
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import openapiTS, { astToString } from "openapi-typescript";

const require = createRequire(import.meta.url);
const [specArg, outArg] = process.argv.slice(2);
const specPath = specArg ?? require.resolve("@gongkit/spec/openapi.json");
const outDir = outArg ? pathToFileURL(`${outArg}/`) : new URL("../src/generated/", import.meta.url);

const header = `// Generated from spec/ by packages/types/scripts/generate.ts (openapi-typescript). Do not edit.
// Regenerate with \`pnpm generate\`.
`;

const specText = await readFile(specPath, "utf8");
const ast = await openapiTS(JSON.parse(specText));
const specSha256 = createHash("sha256").update(specText).digest("hex");

await mkdir(outDir, { recursive: true });
await writeFile(new URL("openapi.ts", outDir), `${header}\n${astToString(ast)}`);
await writeFile(
  new URL("spec-hash.ts", outDir),
  `${header}\n/** SHA-256 of the bundled spec these types were generated from. */\nexport const specSha256 = "${specSha256}";\n`,
);
console.log(`@gongkit/types: generated from spec ${specSha256.slice(0, 12)}`);
