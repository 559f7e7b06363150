import type { OpenApiDocument } from "../spec/openapi.ts";
import type { OperationModel } from "../spec/operations.ts";
import { deref } from "../spec/resolve-ref.ts";
import { html, type SafeHtml } from "./html.ts";
import { operationHref } from "./layout.ts";
import { markdown, markdownInline } from "./markdown.ts";
import type { Page } from "./page.ts";
import { splitSections } from "./spec-sections.ts";

export interface GettingStarted {
  /** The hand-written Markdown with `::` directives (see `expandDirectives`). */
  markdown: string;
  /** Type-checked TypeScript snippets by file name, for `::snippet <file>`. */
  snippets: Map<string, string>;
}

/** The landing page: the API's own introduction, getting started, then the reference by tag. */
export function indexPage(
  page: Page,
  doc: OpenApiDocument,
  operations: OperationModel[],
  guide: GettingStarted,
): SafeHtml {
  const { intro, sections } = splitSections(doc.info.description ?? "");
  const used = new Set<string>();
  const body = expandDirectives(doc, guide, sections, used);
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
${referenceList(page, doc, operations)}
${rest.map(([title, text]) => markdown(page, `## ${title}\n\n${text}`, { idPrefix: `more-${title}` }))}
</div>
</article>`;
}

function referenceList(page: Page, doc: OpenApiDocument, operations: OperationModel[]): SafeHtml {
  const tags = [...new Set(operations.map((op) => op.tags[0] ?? "Other"))];
  return html`<h2 id="${page.id("reference")}">Reference</h2>
${tags.map((tag) => {
  const description = doc.tags?.find((t) => t.name === tag)?.description;
  return html`<h3 id="${page.slug(`tag ${tag}`)}">${tag}</h3>
${description === undefined ? "" : html`<p>${markdownInline(description)}</p>`}
<ul class="operation-list">${operations
    .filter((op) => (op.tags[0] ?? "Other") === tag)
    .map(
      (op) =>
        html`<li><a href="${operationHref(op)}"><span class="method method-${op.method}">${op.method.toUpperCase()}</span> <code>${op.path}</code> <span>${op.summary}</span></a></li>`,
    )}</ul>`;
})}`;
}

/**
 * Expands the guide's directives, each alone on a line, into Markdown taken from the spec:
 * `::spec-section <heading>` (a section of info.description), `::spec-servers`, `::spec-scopes`,
 * and `::snippet <file>` (a type-checked TypeScript snippet).
 */
export function expandDirectives(
  doc: OpenApiDocument,
  guide: GettingStarted,
  sections: Map<string, string>,
  used: Set<string>,
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
      case "spec-scopes":
        return Object.values(doc.components?.securitySchemes ?? {})
          .flatMap((scheme) => Object.values(deref(doc, scheme).flows ?? {}))
          .flatMap((flow) => Object.entries(flow.scopes))
          .map(([scope, description]) => `- \`${scope}\`: ${description}`)
          .join("\n");
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
