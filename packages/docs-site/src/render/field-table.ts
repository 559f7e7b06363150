import type { OpenApiDocument } from "../spec/openapi.ts";
import type { FieldRow } from "../spec/schema-fields.ts";
import { guideHref, int64Anchor } from "./guide-links.ts";
import { html, type SafeHtml } from "./html.ts";
import { markdown } from "./markdown.ts";
import type { Page } from "./page.ts";

/** The anchor id of a field: `<prefix>.<path>`, e.g. `getUser.200.user.spokenLanguages`. */
export function fieldId(prefix: string, row: Pick<FieldRow, "path">): string {
  return [prefix, ...row.path].join(".");
}

/**
 * Every field and nested field as one row, nested rows prefixed by their dimmed parent path, each
 * with its own deep link. A flat table stays readable on a phone and without JavaScript.
 */
export function fieldTable(
  page: Page,
  _doc: OpenApiDocument,
  rows: FieldRow[],
  { idPrefix, caption }: { idPrefix: string; caption: string },
): SafeHtml {
  if (rows.length === 0) return html``;
  return html`<div class="table-wrap"><table class="fields">
<caption class="visually-hidden">${caption}</caption>
<thead><tr><th scope="col">Name</th><th scope="col">Type</th><th scope="col">Description</th></tr></thead>
<tbody>
${rows.map((row) => fieldRow(page, row, idPrefix))}
</tbody></table></div>`;
}

function fieldRow(page: Page, row: FieldRow, idPrefix: string): SafeHtml {
  const id = page.id(fieldId(idPrefix, row));
  const parent = row.display.slice(0, -1);
  return html`<tr id="${id}" style="--depth:${row.path.length - 1}">
<th scope="row" class="field-name"><a href="#${id}">${parent.length > 0 ? html`<span class="field-parent">${parent.join(".")}.</span>` : ""}<code>${row.name}</code></a>${row.required ? html` <span class="badge required">required</span>` : ""}${row.deprecated ? html` <span class="badge deprecated">deprecated</span>` : ""}</th>
<td class="field-type"><code>${row.type}</code>${row.int64AsString ? html`<a class="type-note" href="${guideHref(page, int64Anchor)}">64-bit integer, a string in the client</a>` : ""}${row.constraints.map((c) => html`<span class="constraint">${c}</span>`)}</td>
<td class="field-description">${row.description === undefined ? "" : markdown(page, row.description, { idPrefix: id })}${row.example === undefined ? "" : html`<p class="example">Example: <code>${JSON.stringify(row.example)}</code></p>`}</td>
</tr>
`;
}
