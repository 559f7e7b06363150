import { jobStarters } from "../spec/jobs.ts";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { listWebhooks, webhookHref } from "../spec/operations.ts";
import { deref } from "../spec/resolve-ref.ts";
import { operationList } from "./group-page.ts";
import { type OperationGroup, operationHref } from "./groups.ts";
import { html, type SafeHtml } from "./html.ts";
import { markdown, markdownInline } from "./markdown.ts";
import type { Page } from "./page.ts";
import { splitSections } from "./spec-sections.ts";

export interface GettingStarted {
  /** The hand-written Markdown with `::` directives (see `expandDirectives`). */
  markdown: string;
  /** Type-checked TypeScript snippets by file name, for `::snippet <file>`. */
  snippets: Map<string, string>;
}

/** The landing page: the API's own introduction, getting started, then the reference by group. */
export function indexPage(
  page: Page,
  doc: OpenApiDocument,
  groups: OperationGroup[],
  guide: GettingStarted,
): SafeHtml {
  const { intro, sections } = splitSections(doc.info.description ?? "");
  const used = new Set<string>();
  const body = expandDirectives(doc, guide, sections, used, groups);
  const rest = [...sections].filter(([title]) => !used.has(title));
  return html`<article class="landing">
<header class="operation-header">
<p class="eyebrow">API reference · version ${doc.info.version}</p>
<h1 id="${page.id("top")}">${doc.info.title}</h1>
${doc.info.summary === undefined ? "" : html`<p class="lead">${doc.info.summary}</p>`}
</header>
<div class="prose">
${markdown(page, intro, { idPrefix: "intro" })}
${markdown(page, body, { idPrefix: "guide" })}
${referenceList(page, groups)}
${webhooksAndSchemas(page, doc)}
${rest.map(([title, text]) => markdown(page, `## ${title}\n\n${text}`, { idPrefix: `more-${title}` }))}
</div>
</article>`;
}

/** The landing page lists every operation up to this many; beyond, each group links to its page. */
export const indexMaxOperations = 150;
/** OAuth scopes the guide lists at most. */
export const maxListedScopes = 40;
/** Paged operations the guide lists at most; each paged operation's page says so anyway. */
export const maxListedPaged = 40;

function referenceList(page: Page, groups: OperationGroup[]): SafeHtml {
  const heading = html`<h2 id="${page.id("reference")}">Reference</h2>`;
  const total = groups.reduce((sum, g) => sum + g.operations.length, 0);
  if (total > indexMaxOperations) {
    return html`${heading}
<p>${total} operations in ${groups.length} groups; each group's page lists its operations.</p>
<ul class="group-list">${groups.map(
      (g) =>
        html`<li><a href="${g.href}">${g.name}</a> <span class="muted">${g.operations.length} operation${g.operations.length === 1 ? "" : "s"}</span>${g.description === undefined ? "" : html` — ${markdownInline(g.description)}`}</li>`,
    )}</ul>`;
  }
  return html`${heading}
${groups.map(
  (
    g,
  ) => html`<h3 id="${page.slug(`tag ${g.name}`)}"><a class="heading-link" href="${g.href}">${g.name}</a></h3>
${g.description === undefined ? "" : html`<p>${markdownInline(g.description)}</p>`}
${operationList(page, g.operations)}`,
)}`;
}

/** The webhooks Gong sends (each with its page) and the link to every named schema. */
function webhooksAndSchemas(page: Page, doc: OpenApiDocument): SafeHtml {
  const webhooks = listWebhooks(doc);
  const schemas = Object.keys(doc.components?.schemas ?? {}).length;
  return html`${
    webhooks.length === 0
      ? ""
      : html`<h2 id="${page.id("webhooks")}">Webhooks</h2>
<p>Requests Gong sends to a URL of yours; <a href="guides/receiving-webhooks.html">Receiving webhooks</a> shows how to verify them.</p>
<ul class="operation-list">${webhooks.map((w) => html`<li><a href="${webhookHref(w)}"><span class="method method-${w.operation.method}">${w.operation.method.toUpperCase()}</span> <code>${w.name}</code> <span>${w.operation.summary}</span></a></li>`)}</ul>`
  }
<h2 id="${page.id("schemas")}">Schemas</h2>
<p><a href="schemas/index.html">All ${schemas} named schemas</a>: each with its fields, its example and the operations that use it.</p>`;
}

/**
 * Expands the guide's directives, each alone on a line, into Markdown taken from the spec:
 * `::spec-section <heading>` (a section of info.description), `::spec-servers`, `::spec-scopes`,
 * `::spec-paged` (the operations with `x-gongkit-pagination`, linked), `::spec-jobs` (the status
 * operations with `x-gongkit-wait` and the operations that start their jobs, linked from a page under
 * guides/) and `::snippet <file>` (a type-checked TypeScript snippet).
 */
export function expandDirectives(
  doc: OpenApiDocument,
  guide: GettingStarted,
  sections: Map<string, string>,
  used: Set<string>,
  groups: OperationGroup[],
): string {
  return guide.markdown.replace(/^::([a-z-]+)(?: (.+))?$/gm, (_, directive: string, argument?: string) => {
    switch (directive) {
      case "spec-section": {
        const text = sections.get(argument ?? "");
        if (text === undefined) return "";
        used.add(argument!);
        return text;
      }
      case "spec-servers":
        return (doc.servers ?? [])
          .map((s) => `- \`${s.url}\`${s.description ? `: ${s.description}` : ""}`)
          .join("\n");
      case "spec-scopes": {
        const scopes = Object.values(doc.components?.securitySchemes ?? {})
          .flatMap((scheme) => Object.values(deref(doc, scheme).flows ?? {}))
          .flatMap((flow) => Object.entries(flow.scopes))
          .map(([scope, description]) => `- \`${scope}\`: ${description}`);
        // A scope per resource grows with the spec; each operation's page names its own anyway.
        const more = scopes.length - maxListedScopes;
        return [
          ...scopes.slice(0, maxListedScopes),
          ...(more > 0 ? [`- … and ${more} more: each operation's page names the scope it requires.`] : []),
        ].join("\n");
      }
      case "spec-paged": {
        const paged = groups.flatMap((g) => g.operations).filter((op) => op.pagination !== undefined);
        const more = paged.length - maxListedPaged;
        return [
          ...paged
            .slice(0, maxListedPaged)
            .map(
              (op) =>
                `- [${op.summary}](${operationHref(op)}): \`${op.method.toUpperCase()} ${op.path}\`, cursor in the ${op.pagination!.cursor}, items in \`${op.pagination!.items}\``,
            ),
          ...(more > 0 ? [`- … and ${more} more: each paged operation's page says so at the top.`] : []),
        ].join("\n");
      }
      case "spec-jobs": {
        const operations = groups.flatMap((g) => g.operations);
        const starters = jobStarters(doc, operations);
        return operations
          .filter((op) => op.wait !== undefined)
          .map((status) => {
            const started = operations.filter((op) => starters.get(op.operationId) === status);
            const link = (op: (typeof operations)[number]) =>
              `[\`${op.method.toUpperCase()} ${op.path}\`](../${operationHref(op)})`;
            return `- ${link(status)}, waited for with \`gong.${status.wait!.method}\`: the jobs of ${started.map(link).join(", ") || "the operations that name it"}`;
          })
          .join("\n");
      }
      case "snippet": {
        const code = guide.snippets.get(argument ?? "");
        if (code === undefined)
          throw new Error(`getting-started.md: no snippet "${argument}" in src/snippets/`);
        return `\`\`\`ts\n${code.trimEnd()}\n\`\`\``;
      }
      default:
        throw new Error(`getting-started.md: unknown directive "::${directive}"`);
    }
  });
}
