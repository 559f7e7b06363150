import type { OpenApiDocument } from "../spec/openapi.ts";
import type { OperationGroup } from "./groups.ts";
import type { Guide } from "./guides.ts";
import { html, type SafeHtml } from "./html.ts";
import { expandDirectives, type GettingStarted } from "./index-page.ts";
import { markdown } from "./markdown.ts";
import type { Page } from "./page.ts";
import { splitSections } from "./spec-sections.ts";

/** A guide's page: its title, then its Markdown with the directives expanded as on the landing page. */
export function guidePage(
  page: Page,
  doc: OpenApiDocument,
  groups: OperationGroup[],
  guide: Guide,
  content: GettingStarted,
): SafeHtml {
  const { sections } = splitSections(doc.info.description ?? "");
  const body = expandDirectives(doc, content, sections, new Set(), groups);
  return html`<article class="landing">
<header class="operation-header">
<p class="eyebrow">Guide</p>
<h1 id="${page.id("top")}">${guide.title}</h1>
</header>
<div class="prose">
${markdown(page, body, { idPrefix: "guide" })}
</div>
</article>`;
}
