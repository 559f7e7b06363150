import { feedHref } from "../changelog/changelog-page.ts";
import type { OpenApiDocument } from "../spec/openapi.ts";
import type { OperationGroup } from "./groups.ts";
import { html, raw, type SafeHtml } from "./html.ts";
import { type NavTarget, nav } from "./nav.ts";
import type { Page } from "./page.ts";
import { themeHeadScript } from "./theme.ts";

/** The search's method filter, in this order. */
export const searchMethods = ["GET", "POST", "PUT", "PATCH", "DELETE"] as const;

export interface Assets {
  /** File names under assets/, content-hashed so a deploy can cache them forever. */
  css: string;
  js: string;
}

export interface LayoutOptions extends NavTarget {
  title: string;
  description: string;
  body: SafeHtml;
  assets: Assets;
  specSha256: string;
  /** The page's Markdown twin, from the site root (`reference/getUser.md`). */
  markdown?: string;
}

/** Files beside the pages, from the site root: the bundled spec and the index for language models. */
export const siteFiles = { json: "openapi.json", yaml: "openapi.yaml", llms: "llms.txt" } as const;

/**
 * The page shell: header with search and the theme toggle, contents nav (after main on phones, reached
 * by a link), footer. The search and the toggle stay hidden until the page script shows them, so a page
 * without JavaScript offers nothing that cannot work (and follows the system's theme).
 */
export function layout(
  page: Page,
  doc: OpenApiDocument,
  groups: OperationGroup[],
  o: LayoutOptions,
): SafeHtml {
  const r = page.root;
  return html`<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<script>${raw(themeHeadScript)}</script>
<title>${o.title}</title>
<meta name="description" content="${o.description}">
<link rel="icon" href="data:,">
<link rel="stylesheet" href="${r}assets/${o.assets.css}">
<script defer src="${r}assets/${o.assets.js}"></script>
${o.markdown === undefined ? "" : html`<link rel="alternate" type="text/markdown" href="${r}${o.markdown}">`}
<link rel="alternate" type="application/atom+xml" title="${doc.info.title} changelog" href="${r}${feedHref}">
</head>
<body>
<a class="skip-link" href="#main">Skip to content</a>
<header class="topbar">
<a class="brand" href="${r}index.html">${doc.info.title} <span>reference</span></a>
<div class="search" role="search" data-root="${r}" hidden>
<label for="search-input" class="visually-hidden">Search operations, paths and fields</label>
<input id="search-input" type="search" placeholder="Search the API" autocomplete="off" spellcheck="false" aria-keyshortcuts="/" aria-describedby="search-keys">
<kbd class="search-key" aria-hidden="true">/</kbd>
<p id="search-keys" class="visually-hidden">Press slash to search from anywhere, the arrow keys to move through the results, Enter to open one and Escape to close them.</p>
<div id="search-results" class="search-results" role="region" aria-label="Search results" hidden>
<div class="search-methods" role="group" aria-label="Only these methods">${searchMethods.map((m) => html`<button type="button" class="method method-${m.toLowerCase()}" aria-pressed="false" data-method="${m}">${m}</button>`)}</div>
<p class="search-status" role="status"></p>
<ul class="search-list"></ul>
</div>
</div>
<div class="theme" hidden><label for="theme" class="visually-hidden">Colour theme</label><select id="theme">
<option value="system">System</option><option value="light">Light</option><option value="dark">Dark</option>
</select></div>
<a class="nav-jump" href="#nav">Contents</a>
${files(r, o.markdown, "Markdown")}
</header>
<div class="layout">
<main id="main" tabindex="-1">
${o.body}
</main>
${nav(page, groups, o)}
</div>
<footer class="footer"><p>${doc.info.title} ${doc.info.version} · generated from the gongkit OpenAPI spec (<code>sha256 ${o.specSha256.slice(0, 12)}</code>) · works offline, no tracking</p>
${files(r, o.markdown, "This page as Markdown")}</footer>
</body>
</html>
`;
}

/** Links to this page as Markdown and to the spec's files: in the top bar on wide screens, the footer always. */
function files(r: string, markdown: string | undefined, label: string): SafeHtml {
  return html`<p class="site-files">${markdown === undefined ? "" : html`<a href="${r}${markdown}" type="text/markdown">${label}</a> · `}<a href="${r}${siteFiles.json}" type="application/json">openapi.json</a> · <a href="${r}${siteFiles.yaml}">openapi.yaml</a> · <a href="${r}${siteFiles.llms}">llms.txt</a></p>`;
}
