import { createHash } from "node:crypto";

/**
 * The first line of src/generated/site.js, naming the site.ts it was transpiled from. The build
 * reads the committed file instead of loading the TypeScript compiler (a third of a small build).
 */
export function browserScriptHeader(source: string): string {
  const sha256 = createHash("sha256").update(source).digest("hex");
  return `// Generated from src/browser/site.ts (sha256 ${sha256}) by packages/docs-site/scripts/generate.ts. Do not edit: run \`pnpm generate\`.\n`;
}

/** The script to ship: the generated file without its header, refused if site.ts changed since. */
export function browserScript(source: string, generated: string | undefined, file: string): string {
  const header = browserScriptHeader(source);
  if (generated === undefined || !generated.startsWith(header)) {
    throw new Error(`${file} is missing or out of date with src/browser/site.ts: run \`pnpm generate\`.`);
  }
  return generated.slice(header.length);
}
