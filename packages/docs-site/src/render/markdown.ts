import { Marked, type Token } from "marked";
import { codeBlock } from "./code-block.ts";
import { escapeHtml, raw, type SafeHtml } from "./html.ts";
import type { Page } from "./page.ts";
import { RecentCache } from "./recent-cache.ts";

export interface MarkdownOptions {
  /** Added to every heading level, so a description's `##` sits below the page's own headings. */
  headingOffset?: number;
  /** Prefix of code-block ids, unique on the page. */
  idPrefix: string;
}

// Raw HTML in a description is shown as text, not injected: the site's markup comes only from this generator.
const plain = new Marked({ gfm: true, async: false, renderer: { html: ({ text }) => escapeHtml(text) } });

// The same descriptions recur on every page (shared schemas, error bodies): each is parsed once, and
// text without headings or code blocks, which renders the same everywhere, rendered once.
const parsed = new RecentCache<{ tokens: Token[]; html?: string }>(2000);
const inline = new RecentCache<string>(2000);

/** CommonMark + GFM from the spec's descriptions. Headings get unique ids on the page, code blocks highlighting. */
export function markdown(
  page: Page,
  text: string,
  { headingOffset = 0, idPrefix }: MarkdownOptions,
): SafeHtml {
  const { tokens, html } = parsed.get(text, () => {
    const tokens = plain.lexer(text);
    return needsPage(tokens) ? { tokens } : { tokens, html: plain.parser(tokens) };
  });
  if (html !== undefined) return raw(html);
  let blocks = 0;
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      html: ({ text }) => escapeHtml(text),
      heading({ tokens, depth, text }) {
        const level = Math.min(6, depth + headingOffset);
        const id = page.slug(text);
        page.headings.push({ text: plainText(text), id });
        return `<h${level} id="${id}">${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      code({ text, lang }) {
        blocks += 1;
        const id = `${idPrefix}-code-${blocks}`;
        return codeBlock(page, lang ? { code: text, language: lang, id } : { code: text, id }).value;
      },
    },
  });
  return raw(marked.parser(tokens));
}

/** A heading's Markdown as the reader sees it: links' text, no code or emphasis marks. */
function plainText(text: string): string {
  return text.replace(/\[([^\]]*)\]\([^)]*\)/g, "$1").replace(/[`*_]/g, "");
}

/** Headings take a slug and code blocks an id from the page, so their markup differs per page. */
function needsPage(tokens: Token[]): boolean {
  let found = false;
  plain.walkTokens(tokens, (token) => {
    if (token.type === "heading" || token.type === "code") found = true;
  });
  return found;
}

/** A one-line description (a server's, a scheme's) rendered without a wrapping paragraph. */
export function markdownInline(text: string): SafeHtml {
  return raw(inline.get(text, () => plain.parseInline(text, { async: false })));
}
