// Sections of the getting-started guide (src/content/getting-started.md, on the landing page) that
// reference pages link to instead of repeating: the ids are the slugs of the guide's headings.
import type { Page } from "./page.ts";

/** `## Paging`: how Gong pages a list (`records`, `cursor`) and how the client follows it. */
export const pagingAnchor = "paging";
/** `## 64-bit integers`: why ids such as `integrationId` are strings in the client. */
export const int64Anchor = "64-bit-integers";

/** The link from `page` to a section of the guide. */
export function guideHref(page: Page, anchor: string): string {
  return `${page.root}index.html#${anchor}`;
}

/** `## Jobs` of the Uploads guide: operations Gong finishes after answering, and waiting for them. */
export const jobsAnchor = "jobs";
