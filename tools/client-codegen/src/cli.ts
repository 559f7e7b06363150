// `pnpm generate` in packages/client: writes src/generated/resources.ts from the bundled spec and
// src/generated/version.ts from package.json. Run from the client package's directory.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { join } from "node:path";
import { generateResources } from "./generate-resources.ts";
import { generateScopes } from "./generate-scopes.ts";
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

const resources = generateResources(spec, {
  typesModule: "@gongkit/types",
  runtimeModule: "../resource-runtime.js",
  source: "spec/",
  regenerate: "pnpm generate",
});
const versionModule = `// Generated from ${name}'s package.json by tools/client-codegen. Do not edit.
// Regenerate with \`pnpm generate\`.

/** This package's version, sent in the x-gongkit-client and User-Agent headers. */
export const CLIENT_VERSION = ${JSON.stringify(version)};
`;

await mkdir(outDir, { recursive: true });
await writeFile(join(outDir, "resources.ts"), resources);
await writeFile(join(outDir, "version.ts"), versionModule);
await writeFile(
  join(outDir, "scopes.ts"),
  generateScopes(spec as Parameters<typeof generateScopes>[0], "spec/"),
);
console.log(`${name}: generated src/generated/resources.ts, scopes.ts and version.ts (version ${version})`);
