import { readFile, writeFile } from "node:fs/promises";
import { join } from "node:path";
import ts from "typescript";
import { browserScriptHeader } from "./browser-script.ts";

/** site.ts as plain JS for src/generated/site.js: a classic deferred script in its own scope. */
export function generateBrowserScript(source: string): string {
  const transpiled = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  }).outputText;
  // Not a module script: those are refused on file:// pages.
  return `${browserScriptHeader(source)}(() => {\n${transpiled.replace(/^export \{\};\s*$/m, "")}})();\n`;
}

/** Writes src/generated/site.js from src/browser/site.ts when its text changes. */
export async function writeBrowserScript(packageDir: string): Promise<void> {
  const source = await readFile(join(packageDir, "src/browser/site.ts"), "utf8");
  const file = join(packageDir, "src/generated/site.js");
  const text = generateBrowserScript(source);
  if ((await readFile(file, "utf8").catch(() => undefined)) !== text) await writeFile(file, text);
}
