// `pnpm generate` in packages/cli: writes src/generated/commands.ts from the bundled spec and
// src/generated/version.ts from package.json. Run from the CLI package's directory.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { generateCommands } from "./generate-commands.ts";
import type { OpenApiDocument } from "./spec.ts";

const packageDir = process.cwd();
const require = createRequire(join(packageDir, "package.json"));
const outDir = join(packageDir, "src", "generated");
const spec = JSON.parse(
  await readFile(require.resolve("@gongkit/spec/openapi.json"), "utf8"),
) as OpenApiDocument;
const { name, version } = JSON.parse(await readFile(join(packageDir, "package.json"), "utf8")) as {
  name: string;
  version: string;
};
await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, "commands.ts"), generateCommands(spec, "spec/"));
await writeFile(
  join(outDir, "version.ts"),
  `// Generated from ${name}'s package.json by tools/client-codegen. Do not edit.\n// Regenerate with \`pnpm generate\`.\n\n/** This package's version (\`gong --version\`). */\nexport const CLI_VERSION = ${JSON.stringify(version)};\n`,
);
console.log(`${name}: generated src/generated/commands.ts and version.ts (version ${version})`);
