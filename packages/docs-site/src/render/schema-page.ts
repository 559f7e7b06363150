import type { OpenApiDocument } from "../spec/openapi.ts";
import type { OperationModel } from "../spec/operations.ts";
import { schemaFacts } from "../spec/schema-facts.ts";
import { describeSchema, schemaRefsOf } from "../spec/schema-fields.ts";
import type { OperationUse, SchemaUsage } from "../spec/schema-usage.ts";
import { codeBlock } from "./code-block.ts";
import { fieldTable, schemaHref, typeWithLinks } from "./field-table.ts";
import { html, type SafeHtml } from "./html.ts";
import { markdown } from "./markdown.ts";
import type { Page } from "./page.ts";

/** Operations a schema page lists under "Used by" at most; the shared error body is on every operation. */
export const maxUsedBy = 100;

/** Ids the layout gives every page: a field of the same name must not take them. */
const layoutIds = ["main", "nav", "search-input", "search-results"];

/** Where an operation (or webhook) page lives and where on it each use sits. */
export interface UseLinks {
  href(operation: OperationModel): string;
}

/**
 * A component schema's page (`schemas/<name>.html`): its description, type and constraints, every
 * field at an anchor named by its path (`#parties.emailAddress`, stable across rebuilds), its example,
 * and the operations and schemas that use it.
 */
export function schemaPage(
  page: Page,
  doc: OpenApiDocument,
  name: string,
  usage: SchemaUsage,
  links: UseLinks,
): SafeHtml {
  for (const id of layoutIds) page.id(id);
  const { written, schema, summary, type, rules, example, uses, referrers } = schemaFacts(doc, name, usage);
  return html`<article class="schema">
<header class="operation-header">
<p class="eyebrow">Schema${schema.deprecated ? html` · <span class="badge deprecated">deprecated</span>` : ""}</p>
<h1 id="${page.id("top")}">${name}</h1>
<dl class="facts">
<div><dt>Type</dt><dd>${typeWithLinks(page, type, schemaRefsOf(doc, written))}${rules.map((c) => html` <span class="constraint">${c}</span>`)}</dd></div>
<div><dt>In TypeScript</dt><dd><code>components["schemas"]["${name}"]</code> of <code>@gongkit/types</code></dd></div>
<div><dt>Used by</dt><dd><a href="#schema-used-by">${uses.length} operation${uses.length === 1 ? "" : "s"}${referrers.length > 0 ? `, ${referrers.length} schema${referrers.length === 1 ? "" : "s"}` : ""}</a></dd></div>
</dl>
</header>
${summary.description === undefined ? "" : html`<div class="prose">${markdown(page, summary.description, { headingOffset: 1, idPrefix: "schema-description" })}</div>`}
${
  summary.fields.length === 0
    ? ""
    : html`<section class="block" aria-labelledby="${page.id("schema-fields")}">
<h2 id="schema-fields"><a class="heading-link" href="#schema-fields">Fields</a></h2>
${fieldTable(page, doc, summary.fields, { idPrefix: "", caption: `Fields of ${name}`, schema: name })}
</section>`
}
${
  example === undefined
    ? ""
    : html`<section class="block" aria-labelledby="${page.id("schema-example")}">
<h2 id="schema-example"><a class="heading-link" href="#schema-example">Example</a></h2>
${codeBlock(page, { code: JSON.stringify(example, null, 2), language: "json", label: "Example", id: "schema-example-code", byLine: true })}
</section>`
}
<section class="block" aria-labelledby="${page.id("schema-used-by")}">
<h2 id="schema-used-by"><a class="heading-link" href="#schema-used-by">Used by</a></h2>
${usedByList(page, uses, links)}
${
  referrers.length === 0
    ? ""
    : html`<p>Named in the schema${referrers.length === 1 ? "" : "s"} ${referrers.map((r, i) => html`${i > 0 ? ", " : ""}<a href="${page.root}${schemaHref(r)}"><code>${r}</code></a>`)}.</p>`
}
</section>
</article>`;
}

function usedByList(page: Page, uses: OperationUse[], links: UseLinks): SafeHtml {
  if (uses.length === 0) return html`<p>No operation uses it directly or through another schema.</p>`;
  const shown = uses.slice(0, maxUsedBy);
  return html`<ul class="used-by">${shown.map(({ operation, where }) => {
    const href = `${page.root}${links.href(operation)}`;
    return html`<li><a href="${href}"><span class="method method-${operation.method}">${operation.method.toUpperCase()}</span> ${operation.summary}</a> <span class="muted">in</span> ${where.map((w, i) => html`${i > 0 ? ", " : ""}<a href="${href}#${useAnchor(operation, w)}">${w}</a>`)}</li>`;
  })}</ul>
${uses.length > shown.length ? html`<p class="muted">… and ${uses.length - shown.length} more operations.</p>` : ""}`;
}

/** The anchor of a use on the operation's page: its request body, response, parameter or header. */
export function useAnchor(operation: OperationModel, where: string): string {
  const id = operation.operationId;
  if (where === "request body") return `${id}.request`;
  const parameter = /^(path|query|header|cookie) parameter (.+)$/.exec(where);
  if (parameter) return `${id}.${parameter[1]}.${parameter[2]}`;
  const header = /^(\S+) header (.+)$/.exec(where);
  if (header) return `${id}.${header[1]}.header.${header[2]}`;
  return `${id}.${where.replace(/ response$/, "")}`;
}

/** The schemas' index (`schemas/index.html`): every component schema with the start of its description. */
export function schemasIndexPage(page: Page, doc: OpenApiDocument, names: string[]): SafeHtml {
  return html`<article class="group">
<header class="operation-header">
<p class="eyebrow">Reference · ${names.length} schemas</p>
<h1 id="${page.id("top")}">Schemas</h1>
</header>
<div class="prose">
<p>Every named schema of the spec, with its fields, its example and the operations that use it. In TypeScript each is <code>components["schemas"]["&lt;name&gt;"]</code> of <code>@gongkit/types</code>.</p>
<ul class="schema-list">${names.map((name) => {
    const first = firstSentence(describeSchema(doc, { $ref: `#/components/schemas/${name}` }).description);
    return html`<li><a href="${page.root}${schemaHref(name)}"><code>${name}</code></a>${first === undefined ? "" : html` <span class="muted">${first}</span>`}</li>`;
  })}</ul>
</div>
</article>`;
}

/** The first sentence of a description as plain text, at most 140 characters. */
export function firstSentence(text: string | undefined): string | undefined {
  if (text === undefined) return undefined;
  const plain = text
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/[`*_]/g, "")
    .replace(/\s+/g, " ")
    .trim();
  const sentence = /^(.+?[.!?])(\s|$)/.exec(plain)?.[1] ?? plain;
  return sentence.length > 140 ? `${sentence.slice(0, 139)}…` : sentence || undefined;
}
