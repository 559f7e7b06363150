import { feedHref } from "../changelog/changelog-page.ts";
import type { OpenApiDocument } from "../spec/openapi.ts";
import type { OperationGroup } from "./groups.ts";
import { html, type SafeHtml } from "./html.ts";
import { type NavTarget, nav } from "./nav.ts";
import type { Page } from "./page.ts";

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

/** The page shell: header with search, contents nav (after main on phones, reached by a link), footer. */
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
<label for="search-input" class="visually-hidden">Search operations and fields</label>
<input id="search-input" type="search" placeholder="Search the API" autocomplete="off" spellcheck="false">
<div id="search-results" class="search-results" role="region" aria-live="polite" aria-label="Search results" hidden></div>
</div>
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
