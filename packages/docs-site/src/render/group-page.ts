import type { OperationModel } from "../spec/operations.ts";
import { type OperationGroup, operationHref } from "./groups.ts";
import { html, type SafeHtml } from "./html.ts";
import { markdown } from "./markdown.ts";
import type { Page } from "./page.ts";

/** A group's page (`tags/<slug>.html`): the tag's description and every operation it holds. */
export function groupPage(page: Page, group: OperationGroup): SafeHtml {
  const count = group.operations.length;
  return html`<article class="group">
<header class="operation-header">
<p class="eyebrow">Reference · ${count} operation${count === 1 ? "" : "s"}</p>
<h1 id="${page.id("top")}">${group.name}</h1>
</header>
<div class="prose">
${group.description === undefined ? "" : markdown(page, group.description, { headingOffset: 1, idPrefix: "description" })}
${operationList(page, group.operations)}
</div>
</article>`;
}

/** Operations as cards: method, path and summary, each linking to the operation's page. */
export function operationList(page: Page, operations: OperationModel[]): SafeHtml {
  return html`<ul class="operation-list">${operations.map(
    (op) =>
      html`<li><a href="${page.root}${operationHref(op)}"><span class="method method-${op.method}">${op.method.toUpperCase()}</span> <code>${op.path}</code> <span>${op.summary}</span></a></li>`,
  )}</ul>`;
}
