import { createHash } from "node:crypto";
import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { indexPage } from "./render/index-page.ts";
import { type Assets, layout, operationHref } from "./render/layout.ts";
import { operationPage } from "./render/operation-page.ts";
import { Page } from "./render/page.ts";
import { searchIndex } from "./render/search-index.ts";
import { curlSamples } from "./samples/curl-sample.ts";
import { generatedHeader, typescriptSample } from "./samples/typescript-sample.ts";
import type { OpenApiDocument } from "./spec/openapi.ts";
import { listOperations } from "./spec/operations.ts";

const packageDir = fileURLToPath(new URL("../", import.meta.url));

export interface BuildOptions {
  doc: OpenApiDocument;
  specSha256: string;
  outDir: string;
  /** Folder of the generated `<operationId>.ts` samples; default src/generated/samples. */
  samplesDir?: string;
}

export interface BuildResult {
  /** Files written, relative to outDir. */
  files: string[];
}

/** Renders the whole site into `outDir` (emptied first): one page per operation, the landing page, assets. */
export async function buildSite({
  doc,
  specSha256,
  outDir,
  samplesDir = join(packageDir, "src/generated/samples"),
}: BuildOptions): Promise<BuildResult> {
  const operations = listOperations(doc);
  const files = new Map<string, string>();
  const assets = await buildAssets(files);
  const shell = { assets, specSha256 };

  for (const operation of operations) {
    const page = new Page("../");
    const samples = {
      typescript: await readSample(samplesDir, doc, operation),
      curl: curlSamples(doc, operation),
    };
    const href = operationHref(operation);
    const body = operationPage(page, doc, operation, samples);
    const description = `${operation.method.toUpperCase()} ${operation.path}: ${operation.summary}`;
    const title = `${operation.summary} · ${doc.info.title} reference`;
    files.set(href, layout(page, doc, operations, { ...shell, title, description, href, body }).value);
  }

  const page = new Page("");
  const guide = {
    markdown: await readFile(join(packageDir, "src/content/getting-started.md"), "utf8"),
    snippets: await readSnippets(join(packageDir, "src/snippets")),
  };
  files.set(
    "index.html",
    layout(page, doc, operations, {
      ...shell,
      title: `${doc.info.title} reference`,
      description: doc.info.summary ?? doc.info.title,
      href: "index.html",
      body: indexPage(page, doc, operations, guide),
    }).value,
  );
  files.set("search-index.json", JSON.stringify(searchIndex(doc, operations)));

  await rm(outDir, { recursive: true, force: true });
  for (const [file, content] of files) {
    await mkdir(dirname(join(outDir, file)), { recursive: true });
    await writeFile(join(outDir, file), content);
  }
  return { files: [...files.keys()] };
}

/** site.css as is, site.ts transpiled to plain JS; both named by content hash. */
async function buildAssets(files: Map<string, string>): Promise<Assets> {
  const css = await readFile(join(packageDir, "src/assets/site.css"), "utf8");
  const source = await readFile(join(packageDir, "src/browser/site.ts"), "utf8");
  const transpiled = ts.transpileModule(source, {
    compilerOptions: { target: ts.ScriptTarget.ES2022, module: ts.ModuleKind.ESNext, removeComments: true },
  }).outputText;
  // A classic deferred script in its own scope: module scripts are refused on file:// pages.
  const js = `(() => {\n${transpiled.replace(/^export \{\};\s*$/m, "")}})();\n`;
  const named = (base: string, ext: string, text: string) =>
    `${base}-${createHash("sha256").update(text).digest("hex").slice(0, 10)}.${ext}`;
  const assets = { css: named("site", "css", css), js: named("site", "js", js) };
  files.set(`assets/${assets.css}`, css);
  files.set(`assets/${assets.js}`, js);
  return assets;
}

/** The committed sample, refused if it is not what the generator makes from this spec. */
async function readSample(
  dir: string,
  doc: OpenApiDocument,
  operation: ReturnType<typeof listOperations>[number],
): Promise<string> {
  const file = join(dir, `${operation.operationId}.ts`);
  const text = await readFile(file, "utf8").catch(() => undefined);
  if (text !== typescriptSample(doc, operation)) {
    throw new Error(`${file} is missing or out of date with the spec: run \`pnpm generate\`.`);
  }
  return text.slice(generatedHeader.length);
}

async function readSnippets(dir: string): Promise<Map<string, string>> {
  const snippets = new Map<string, string>();
  for (const file of await readdir(dir)) {
    if (file.endsWith(".ts")) snippets.set(file, await readFile(join(dir, file), "utf8"));
  }
  return snippets;
}
