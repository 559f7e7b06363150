import type { OpenApiDocument } from "../spec/openapi.ts";
import type { FieldRow } from "../spec/schema-fields.ts";
import { guideHref, int64Anchor } from "./guide-links.ts";
import { escapeHtml, html, raw, type SafeHtml } from "./html.ts";
import { markdown } from "./markdown.ts";
import type { Page } from "./page.ts";

/**
 * The anchor id of a field: `<prefix>.<path>`, e.g. `getUser.200.user.spokenLanguages`; on a schema's
 * page, where the prefix is empty, the path alone (`parties.emailAddress`).
 */
export function fieldId(prefix: string, row: Pick<FieldRow, "path">): string {
  return (prefix === "" ? row.path : [prefix, ...row.path]).join(".");
}

/** Where a component schema's page lives, from the site root. */
export function schemaHref(name: string): string {
  return `schemas/${encodeURIComponent(name)}.html`;
}

export interface FieldTableOptions {
  idPrefix: string;
  caption: string;
  /** On a schema's page, its name: its own fields need no "in <schema>" link to themselves. */
  schema?: string;
}

/**
 * Every field and nested field as one row, nested rows prefixed by their dimmed parent path, each
 * with its own deep link. A flat table stays readable on a phone and without JavaScript.
 */
export function fieldTable(
  page: Page,
  _doc: OpenApiDocument,
  rows: FieldRow[],
  { idPrefix, caption, schema }: FieldTableOptions,
): SafeHtml {
  if (rows.length === 0) return html``;
  return html`<div class="table-wrap"><table class="fields">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
<tbody>
${rows.map((row) => fieldRow(page, row, idPrefix, schema))}
</tbody></table></div>`;
}

function fieldRow(page: Page, row: FieldRow, idPrefix: string, schema: string | undefined): SafeHtml {
  const id = page.id(fieldId(idPrefix, row));
  const parent = row.display.slice(0, -1);
  const owner = row.owner === undefined || row.owner.schema === schema ? undefined : row.owner;
  return html`<tr id="${id}" style="--depth:${row.path.length - 1}">
<th scope="row" class="field-name"><a href="#${id}">${parent.length > 0 ? html`<span class="field-parent">${parent.join(".")}.</span>` : ""}<code>${row.name}</code></a>${row.required ? html` <span class="badge required">required</span>` : ""}${row.deprecated ? html` <span class="badge deprecated">deprecated</span>` : ""}</th>
<td class="field-type">${typeMarkup(page, row)}${owner === undefined ? "" : html`<span class="field-source">in <a href="${page.root}${schemaHref(owner.schema)}#${owner.path.join(".")}">${owner.schema}</a></span>`}${row.int64AsString ? html`<a class="type-note" href="${guideHref(page, int64Anchor)}">64-bit integer, a string in the client</a>` : ""}${row.constraints.map((c) => html`<span class="constraint">${c}</span>`)}</td>
<td class="field-description">${row.description === undefined ? "" : markdown(page, row.description, { idPrefix: id })}${row.example === undefined ? "" : html`<p class="example">Example: <code>${JSON.stringify(row.example)}</code></p>`}</td>
</tr>
`;
}

function typeMarkup(page: Page, row: FieldRow): SafeHtml {
  return typeWithLinks(page, row.type, row.schemaRefs ?? []);
}

/** A type label with its component schemas linked to their pages (`array of <a>Party</a>`). */
export function typeWithLinks(page: Page, type: string, schemaRefs: readonly string[]): SafeHtml {
  const refs = new Set(schemaRefs);
  const link = (name: string) =>
    `<a href="${escapeHtml(page.root + schemaHref(name))}">${escapeHtml(name)}</a>`;
  const linked = new Set<string>();
  const label = escapeHtml(type).replace(/[A-Za-z0-9_]+/g, (word) => {
    if (!refs.has(word)) return word;
    linked.add(word);
    return link(word);
  });
  // A named enum or scalar shows as its type (`string`): its name follows, linked.
  const extra = [...refs].filter((name) => !linked.has(name));
  return raw(
    `<code>${label}</code>${extra.map((name) => ` <code class="type-ref">${link(name)}</code>`).join("")}`,
  );
}
