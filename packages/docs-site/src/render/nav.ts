import { changelogHref } from "../changelog/changelog-page.ts";
import { type OperationGroup, operationHref } from "./groups.ts";
import { guides } from "./guides.ts";
import { html, type SafeHtml } from "./html.ts";
import type { Page } from "./page.ts";

// Every page carries the nav, so its size must not grow with the spec: listing every operation on
// every page made the site's total size quadratic. A small reference is listed whole; a larger one
// lists its groups and only the current group's operations, each cut to a window around the
// current entry when there are more than these (few before it, so it shows without scrolling).
export const navMaxGroups = 25;
export const navMaxOperations = 50;
/** Webhooks listed at most; the rest are on the landing page's list. */
export const navMaxWebhooks = 10;
/** The schemas' index page, from the site root: one nav link, however many schemas there are. */
export const schemasIndexHref = "schemas/index.html";

export interface NavTarget {
  /** Path of this page from the site root, marked `aria-current`. */
  href: string;
  /** The group this page belongs to (an operation's, or a group page's own): listed with its operations. */
  group?: OperationGroup;
  /** The webhooks' pages, listed after the reference. */
  webhooks?: readonly { href: string; title: string }[];
}

// Where each group sits among the groups and each operation's page within its group, found once
// per build rather than searched on every page.
const shapes = new WeakMap<OperationGroup[], { positions: Map<unknown, number>; small: boolean }>();

function shapeOf(groups: OperationGroup[]) {
  let shape = shapes.get(groups);
  if (shape === undefined) {
    const positions = new Map<unknown, number>();
    for (const [i, g] of groups.entries()) {
      positions.set(g, i);
      for (const [j, op] of g.operations.entries()) positions.set(operationHref(op), j);
    }
    const total = groups.reduce((sum, g) => sum + g.operations.length, 0);
    shape = { positions, small: total <= navMaxOperations };
    shapes.set(groups, shape);
  }
  return shape;
}

/** The contents nav: getting started, the guides, the reference's groups, the current group's operations. */
export function nav(
  page: Page,
  groups: OperationGroup[],
  { href: current, group, webhooks = [] }: NavTarget,
): SafeHtml {
  const r = page.root;
  const link = (href: string, label: SafeHtml | string) =>
    html`<a href="${r}${href}"${href === current ? html` aria-current="page"` : ""}>${label}</a>`;
  const more = (count: number, noun: string, href: string) =>
    html`<li><a class="nav-more" href="${r}${href}">… ${count} more ${noun}</a></li>`;
  const { positions, small } = shapeOf(groups);
  const shownGroups = around(groups, group === undefined ? -1 : positions.get(group)!, navMaxGroups, 4);
  const operations = (g: OperationGroup) => {
    const shown = around(g.operations, positions.get(current) ?? -1, navMaxOperations, 10);
    return html`<ul>
${shown.before > 0 ? more(shown.before, "operations", g.href) : ""}
${shown.items.map((op) => html`<li>${link(operationHref(op), html`<span class="method method-${op.method}">${op.method.toUpperCase()}</span> ${op.summary}`)}</li>`)}
${shown.after > 0 ? more(shown.after, "operations", g.href) : ""}
</ul>`;
  };
  return html`<nav id="nav" class="nav" aria-label="Contents">
<ul>
<li>${link("index.html", "Getting started")}</li>
${guides.map((guide) => html`<li>${link(guide.href, guide.title)}</li>`)}
<li><span class="nav-group">Reference</span><ul>
${shownGroups.before > 0 ? more(shownGroups.before, "groups", "index.html#reference") : ""}
${shownGroups.items.map((g) => html`<li>${link(g.href, g.name)}${small || g === group ? operations(g) : ""}</li>`)}
${shownGroups.after > 0 ? more(shownGroups.after, "groups", "index.html#reference") : ""}
</ul></li>
${webhooks.length === 0 ? "" : html`<li><span class="nav-group">Webhooks</span><ul>${webhooks.slice(0, navMaxWebhooks).map((w) => html`<li>${link(w.href, w.title)}</li>`)}${webhooks.length > navMaxWebhooks ? more(webhooks.length - navMaxWebhooks, "webhooks", "index.html#webhooks") : ""}</ul></li>`}
<li>${link(schemasIndexHref, "Schemas")}</li>
<li>${link(changelogHref, "Changelog")}</li>
</ul>
</nav>`;
}

/** At most `size` items: `lead` before index `at` where the list allows, from the start when `at` is -1. */
export function around<T>(items: readonly T[], at: number, size: number, lead: number) {
  const start = Math.max(0, Math.min(at - lead, items.length - size));
  const shown = items.slice(start, start + size);
  return { before: start, items: shown, after: items.length - start - shown.length };
}
