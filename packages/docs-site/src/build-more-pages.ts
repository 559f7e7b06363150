// The pages beside the operations': a page per component schema and per webhook, the schemas' index,
// and the files a reader or a tool fetches instead of HTML (the spec as JSON and YAML, llms.txt).
import { stringify } from "yaml";
import { llmsTxt } from "./markdown-twin/llms-txt.ts";
import { webhookMarkdown } from "./markdown-twin/operation-twin.ts";
import { schemaMarkdown, schemasIndexMarkdown } from "./markdown-twin/schema-twin.ts";
import { schemaHref } from "./render/field-table.ts";
import { type OperationGroup, operationHref } from "./render/groups.ts";
import { type LayoutOptions, layout, siteFiles } from "./render/layout.ts";
import { schemasIndexHref } from "./render/nav.ts";
import { Page } from "./render/page.ts";
import { schemaPage, schemasIndexPage, type UseLinks } from "./render/schema-page.ts";
import { webhookPage } from "./render/webhook-page.ts";
import type { SiteWriter } from "./site-writer.ts";
import type { OpenApiDocument } from "./spec/openapi.ts";
import { type WebhookModel, webhookHref } from "./spec/operations.ts";
import type { SchemaUsage } from "./spec/schema-usage.ts";

/** What every page's layout takes besides its own content. */
export type Shell = Pick<LayoutOptions, "assets" | "specSha256" | "webhooks">;

/** `x.html` -> `x.md`: where a page's Markdown twin lives. */
export const twinOf = (href: string) => href.replace(/\.html$/, ".md");

/** Writes a page and its Markdown twin, the page linking to the twin. */
export function writePage(
  site: SiteWriter,
  doc: OpenApiDocument,
  groups: OperationGroup[],
  page: Page,
  options: Omit<LayoutOptions, keyof Shell | "markdown"> & { shell: Shell; markdown: string },
): void {
  const { shell, markdown, ...rest } = options;
  site.write(rest.href, layout(page, doc, groups, { ...shell, ...rest, markdown: twinOf(rest.href) }).value);
  site.write(twinOf(rest.href), markdown);
}

/** A page per component schema and the schemas' index, each with its twin; `usage` from `schemaUsage`. */
export function writeSchemaPages(
  site: SiteWriter,
  doc: OpenApiDocument,
  groups: OperationGroup[],
  shell: Shell,
  usage: SchemaUsage,
  webhooks: WebhookModel[],
): string[] {
  const names = Object.keys(doc.components?.schemas ?? {}).sort((a, b) => a.localeCompare(b));
  const webhookOf = new Map(webhooks.map((w) => [w.operation, w]));
  const links: UseLinks = {
    href: (operation) => {
      const webhook = webhookOf.get(operation);
      return webhook === undefined ? operationHref(operation) : webhookHref(webhook);
    },
  };
  const title = (what: string) => `${what} · ${doc.info.title} reference`;
  for (const name of names) {
    const page = new Page("../");
    writePage(site, doc, groups, page, {
      shell,
      href: schemaHref(name).replace(/%[0-9A-F]{2}/g, (c) => decodeURIComponent(c)),
      title: title(`${name} schema`),
      description: `The ${name} schema: its fields, example and the operations that use it.`,
      body: schemaPage(page, doc, name, usage, links),
      markdown: schemaMarkdown(doc, name, usage, links),
    });
  }
  const page = new Page("../");
  writePage(site, doc, groups, page, {
    shell,
    href: schemasIndexHref,
    title: title("Schemas"),
    description: `Every named schema of ${doc.info.title}: ${names.length} schemas.`,
    body: schemasIndexPage(page, doc, names),
    markdown: schemasIndexMarkdown(doc, names),
  });
  return names;
}

/** A page per webhook (OpenAPI 3.1 `webhooks`), with its twin. */
export function writeWebhookPages(
  site: SiteWriter,
  doc: OpenApiDocument,
  groups: OperationGroup[],
  shell: Shell,
  webhooks: WebhookModel[],
  receiver: string | undefined,
): void {
  for (const webhook of webhooks) {
    const page = new Page("../");
    writePage(site, doc, groups, page, {
      shell,
      href: webhookHref(webhook),
      title: `${webhook.operation.summary} · ${doc.info.title} webhooks`,
      description: `The ${webhook.name} webhook: what Gong sends to your URL, how it is signed, its fields.`,
      body: webhookPage(page, doc, webhook, receiver),
      markdown: webhookMarkdown(doc, webhook, receiver),
    });
  }
}

/** The bundled spec as JSON (as `redocly bundle` writes it) and YAML, and llms.txt. */
export function writeSiteFiles(
  site: SiteWriter,
  doc: OpenApiDocument,
  groups: OperationGroup[],
  webhooks: WebhookModel[],
  schemas: string[],
): void {
  site.write(siteFiles.json, JSON.stringify(doc, null, 2));
  site.write(siteFiles.yaml, stringify(doc, { lineWidth: 0, aliasDuplicateObjects: false }));
  site.write(siteFiles.llms, llmsTxt(doc, groups, webhooks, schemas));
}

/** Every page has its Markdown twin: a page written without one is a generator bug. */
export function checkTwins(files: readonly string[]): void {
  const written = new Set(files);
  const missing = files.filter((f) => f.endsWith(".html") && !written.has(twinOf(f)));
  if (missing.length > 0) throw new Error(`pages without a Markdown twin: ${missing.join(", ")}`);
}
