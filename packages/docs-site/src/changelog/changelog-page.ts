import { groupOperations } from "../render/groups.ts";
import { html, type SafeHtml } from "../render/html.ts";
import type { Page } from "../render/page.ts";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { listOperations } from "../spec/operations.ts";
import {
  changeSections,
  codeSpans,
  dayOf,
  operationLabel,
  operationPages,
  pageOf,
  summaryOf,
} from "./change-lines.ts";
import type { ApiChange, Changelog, ChangeSet, NoRelease, Release } from "./changelog.ts";

/** The page and the feed, from the site root (the page's Markdown twin is changelog.md). */
export const changelogHref = "changelog.html";
export const feedHref = "feed.xml";

/** The changelog's title, meta description and body, for the layout. */
export function changelogPage(page: Page, doc: OpenApiDocument, changelog: Changelog) {
  const pages = operationPages(doc);
  const r = page.root;
  const body = html`<article class="changelog">
<header class="operation-header">
<p class="eyebrow">API changelog</p>
<h1 id="${page.id("top")}">Changelog</h1>
<p class="lead">${lead} <a href="${r}${feedHref}" type="application/atom+xml">Atom feed</a></p>
</header>
<div class="prose">
${changelog.releases.length === 0 ? noReleaseSection(page, doc, changelog) : ""}
${changelog.unreleased === null ? "" : versionSection(page, pages, "unreleased", "Unreleased", html`since ${changelog.unreleased.since} · ${summaryOf(changelog.unreleased)}`, changelog.unreleased)}
${changelog.releases.map((release) => versionSection(page, pages, `v${release.version}`, release.version, releaseFacts(release), release))}
</div>
</article>`;
  return {
    title: `Changelog · ${doc.info.title} reference`,
    description: `What each release of the ${doc.info.title} spec added, changed and removed, breaking changes marked.`,
    href: changelogHref,
    body,
  };
}

const lead = html`What each release of <code>@gongkit/types</code> and <code>@gongkit/client</code> changed in the API, newest first: the operations and fields added, changed and removed, as <code>redocly diff</code> rates them, breaking changes labelled <span class="badge breaking">breaking</span>.`;

/** Why no release is listed, in words, for the page and its Markdown twin. */
export function noReleaseReason(noRelease: NoRelease | undefined, error?: string): string {
  switch (noRelease) {
    case "shallow-clone":
      return "This site was built from a shallow clone without release tags, so it cannot list releases. A full clone (`git fetch --unshallow --tags`) lists them.";
    case "no-git":
      return "This site was built outside a git repository, so it cannot list releases.";
    case "unreadable":
      return `The release history could not be read (${error ?? "unknown error"}), so this build lists no release.`;
    default:
      return "The API has not been released yet: there is no `@gongkit/types@<version>` tag. Each release will be listed here with what it added, changed and removed.";
  }
}

/** The size of the spec as it is now: what stands in for a history before the first release. */
export function currentSize(doc: OpenApiDocument): { operations: number; groups: number } {
  const operations = listOperations(doc);
  return { operations: operations.length, groups: groupOperations(doc, operations).length };
}

export function sizeText({ operations, groups }: { operations: number; groups: number }): string {
  return `${operations} operation${operations === 1 ? "" : "s"} in ${groups} group${groups === 1 ? "" : "s"}`;
}

function noReleaseSection(page: Page, doc: OpenApiDocument, changelog: Changelog): SafeHtml {
  return html`<section aria-labelledby="unreleased">
<h2 id="${page.id("unreleased")}">Unreleased</h2>
<p>${codeSpans(noReleaseReason(changelog.noRelease, changelog.error))}</p>
<p>The spec as it is now: <a href="${page.root}index.html#reference">${sizeText(currentSize(doc))}</a>.</p>
</section>`;
}

function releaseFacts(release: Release): SafeHtml {
  const facts = release.previous === null ? "first release" : summaryOf(release);
  return html`<time datetime="${release.date}">${dayOf(release.date)}</time> · ${facts}`;
}

function versionSection(
  page: Page,
  pages: Map<string, string>,
  id: string,
  title: string,
  facts: SafeHtml,
  set: ChangeSet | Release,
): SafeHtml {
  return html`<section aria-labelledby="${id}">
<h2 id="${page.id(id)}">${title}</h2>
<p class="muted">${facts}</p>
${changeListHtml(page.root, pages, set, { page, prefix: id })}
</section>`;
}

/**
 * A version's changes as HTML: the lists under Added, Changed and Removed, or what stands in for them. The
 * page and the feed entry share it; headings get ids on the page only.
 */
export function changeListHtml(
  root: string,
  pages: Map<string, string>,
  set: ChangeSet | Release,
  ids?: { page: Page; prefix: string },
): SafeHtml {
  if (set.error !== undefined) return html`<p>The changes could not be listed: ${set.error}</p>`;
  if ("size" in set && set.size !== undefined) return html`<p>The first release: ${sizeText(set.size)}.</p>`;
  if (set.changes.length === 0) {
    return html`<p>No change to the API.</p>`;
  }
  return html`${changeSections(set.changes).map(
    (
      section,
    ) => html`<h3${ids ? html` id="${ids.page.id(`${ids.prefix}-${section.kind}`)}"` : ""}>${section.title}</h3>
<ul class="changes">
${section.changes.map((change) => html`<li>${changeLine(root, pages, change)}</li>\n`)}</ul>
`,
  )}`;
}

function changeLine(root: string, pages: Map<string, string>, change: ApiChange): SafeHtml {
  const badge = change.breaking ? html`<span class="badge breaking">breaking</span> ` : "";
  const note = change.note === undefined ? "" : html` <span class="muted">— ${codeSpans(change.note)}</span>`;
  if (change.operation === undefined) return html`${badge}${codeSpans(change.subject)}${note}`;
  const { method, path, webhook } = change.operation;
  const label =
    method !== undefined && !webhook
      ? html`<span class="method method-${method}">${method.toUpperCase()}</span> <code>${path}</code>`
      : html`<code>${operationLabel(change.operation)}</code>`;
  const href = pageOf(pages, change.operation);
  const operation = href === undefined ? label : html`<a href="${root}${href}">${label}</a>`;
  return html`${badge}${operation}: ${codeSpans(change.subject)}${note}`;
}
