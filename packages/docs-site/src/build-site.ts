import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { readdir, readFile, rm } from "node:fs/promises";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { browserScript } from "./browser/browser-script.ts";
import {
  checkTwins,
  writePage,
  writeSchemaPages,
  writeSiteFiles,
  writeWebhookPages,
} from "./build-more-pages.ts";
import type { Changelog } from "./changelog/changelog.ts";
import { changelogFiles, repositoryChangelog } from "./changelog/changelog-files.ts";
import { feedHref } from "./changelog/changelog-page.ts";
import { operationMarkdown } from "./markdown-twin/operation-twin.ts";
import { groupMarkdown, guideMarkdown, indexMarkdown } from "./markdown-twin/page-twins.ts";
import { groupPage } from "./render/group-page.ts";
import { groupOperations, operationHref } from "./render/groups.ts";
import { guidePage } from "./render/guide-page.ts";
import { guides } from "./render/guides.ts";
import { indexPage } from "./render/index-page.ts";
import type { Assets } from "./render/layout.ts";
import { operationPage } from "./render/operation-page.ts";
import { Page } from "./render/page.ts";
import { type GuidePage, searchIndex } from "./render/search-index.ts";
import { curlSamples } from "./samples/curl-sample.ts";
import { gongSamples } from "./samples/gong-sample.ts";
import { generatedHeader, typescriptSample } from "./samples/typescript-sample.ts";
import { SiteWriter } from "./site-writer.ts";
import { jobStarters } from "./spec/jobs.ts";
import type { OpenApiDocument } from "./spec/openapi.ts";
import { listOperations, listWebhooks, webhookHref } from "./spec/operations.ts";
import { schemaUsage } from "./spec/schema-usage.ts";

const packageDir = fileURLToPath(new URL("../", import.meta.url));

export interface BuildOptions {
  doc: OpenApiDocument;
  specSha256: string;
  outDir: string;
  /** Folder of the generated `<operationId>.ts` samples; default src/generated/samples. */
  samplesDir?: string;
  /** The API changelog (src/changelog/); default: this repository's release tags, read while pages render. */
  changelog?: Changelog | Promise<Changelog>;
}

export interface BuildResult {
  /** Files written, relative to outDir. */
  files: string[];
}

/**
 * Renders the whole site: one page per operation and per group, the landing page, assets. Pages are
 * written as they are rendered into a fresh folder that then replaces `outDir`, so memory stays flat
 * and a build that fails part-way leaves the previous site in place.
 */
export async function buildSite({
  doc,
  specSha256,
  outDir,
  samplesDir = join(packageDir, "src/generated/samples"),
  changelog = repositoryChangelog(),
}: BuildOptions): Promise<BuildResult> {
  const operations = listOperations(doc);
  const groups = groupOperations(doc, operations);
  const webhooks = listWebhooks(doc);
  const jobs = jobStarters(doc, operations);
  const site = new SiteWriter(`${outDir.replace(/[\\/]+$/, "")}.building-${process.pid}`);
  try {
    const assets = await buildAssets(site);
    const webhookLinks = webhooks.map((w) => ({ href: webhookHref(w), title: w.operation.summary }));
    const shell = { assets, specSha256, webhooks: webhookLinks };
    for (const group of groups) {
      for (const operation of group.operations) {
        const page = new Page("../");
        const samples = {
          typescript: readSample(samplesDir, doc, operation),
          curl: curlSamples(doc, operation),
          gong: gongSamples(doc, operation),
        };
        const jobStatus = jobs.get(operation.operationId);
        const context = jobStatus === undefined ? {} : { jobStatus };
        const body = operationPage(page, doc, operation, samples, context);
        const description = `${operation.method.toUpperCase()} ${operation.path}: ${operation.summary}`;
        const title = `${operation.summary} · ${doc.info.title} reference`;
        const href = operationHref(operation);
        const markdown = operationMarkdown(doc, operation, samples, context);
        writePage(site, doc, groups, page, { shell, title, description, href, group, body, markdown });
      }
      const page = new Page("../");
      const title = `${group.name} · ${doc.info.title} reference`;
      const description = group.description ?? `${group.name}: ${group.operations.length} operations`;
      const body = groupPage(page, group);
      const href = group.href;
      const markdown = groupMarkdown(group);
      writePage(site, doc, groups, page, { shell, title, description, href, group, body, markdown });
    }

    const snippets = await readSnippets(join(packageDir, "src/snippets"));
    const guidePages: GuidePage[] = [];
    for (const guide of guides) {
      const page = new Page("../");
      const content = {
        markdown: await readFile(join(packageDir, "src/content", guide.file), "utf8"),
        snippets,
      };
      const body = guidePage(page, doc, groups, guide, content);
      const title = `${guide.title} · ${doc.info.title} reference`;
      const markdown = guideMarkdown(doc, groups, guide, content);
      guidePages.push({ title: guide.title, href: guide.href, headings: page.headings });
      writePage(site, doc, groups, page, {
        shell,
        title,
        description: guide.description,
        href: guide.href,
        body,
        markdown,
      });
    }

    const page = new Page("");
    const guide = {
      markdown: await readFile(join(packageDir, "src/content/getting-started.md"), "utf8"),
      snippets,
    };
    writePage(site, doc, groups, page, {
      shell,
      title: `${doc.info.title} reference`,
      description: doc.info.summary ?? doc.info.title,
      href: "index.html",
      body: indexPage(page, doc, groups, guide),
      markdown: indexMarkdown(doc, groups, webhooks, guide),
    });
    guidePages.unshift({ title: "Getting started", href: "index.html", headings: page.headings });
    const usage = schemaUsage(doc, [...operations, ...webhooks.map((w) => w.operation)]);
    const search = searchIndex(doc, { operations, webhooks, usage, guides: guidePages });
    site.write("search-index.json", JSON.stringify(search));
    const changelogPage = new Page("");
    const { feed, ...changelogShown } = changelogFiles(changelogPage, doc, await changelog);
    writePage(site, doc, groups, changelogPage, { shell, ...changelogShown });
    site.write(feedHref, feed);
    const schemas = writeSchemaPages(site, doc, groups, shell, usage, webhooks);
    writeWebhookPages(site, doc, groups, shell, webhooks, snippets.get("webhook-receiver.ts"));
    writeSiteFiles(site, doc, groups, webhooks, schemas);
    checkTwins(site.files);
    await site.replace(outDir);
  } catch (error) {
    await site.close();
    await rm(site.dir, { recursive: true, force: true });
    throw error;
  }
  return { files: site.files };
}

/** site.css as is, site.ts as transpiled by `pnpm generate`; both named by content hash. */
async function buildAssets(site: SiteWriter): Promise<Assets> {
  const css = await readFile(join(packageDir, "src/assets/site.css"), "utf8");
  const source = await readFile(join(packageDir, "src/browser/site.ts"), "utf8");
  const generatedFile = join(packageDir, "src/generated/site.js");
  const js = browserScript(
    source,
    await readFile(generatedFile, "utf8").catch(() => undefined),
    generatedFile,
  );
  const named = (base: string, ext: string, text: string) =>
    `${base}-${createHash("sha256").update(text).digest("hex").slice(0, 10)}.${ext}`;
  const assets = { css: named("site", "css", css), js: named("site", "js", js) };
  site.write(`assets/${assets.css}`, css);
  site.write(`assets/${assets.js}`, js);
  return assets;
}

/** The committed sample, refused if it is not what the generator makes from this spec. */
function readSample(
  dir: string,
  doc: OpenApiDocument,
  operation: ReturnType<typeof listOperations>[number],
): string {
  const file = join(dir, `${operation.operationId}.ts`);
  const text = existsSync(file) ? readFileSync(file, "utf8") : undefined;
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
