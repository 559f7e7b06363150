import { Marked } from "marked";
import { codeBlock } from "./code-block.ts";
import { escapeHtml, raw, type SafeHtml } from "./html.ts";
import type { Page } from "./page.ts";

export interface MarkdownOptions {
  /** Added to every heading level, so a description's `##` sits below the page's own headings. */
  headingOffset?: number;
  /** Prefix of code-block ids, unique on the page. */
  idPrefix: string;
}

/**
 * CommonMark + GFM from the spec's descriptions. Raw HTML in a description is shown as text, not
 * injected: the site's markup comes only from this generator.
 */
export function markdown(
  page: Page,
  text: string,
  { headingOffset = 0, idPrefix }: MarkdownOptions,
): SafeHtml {
  let blocks = 0;
  const marked = new Marked({
    gfm: true,
    async: false,
    renderer: {
      html: ({ text }) => escapeHtml(text),
      heading({ tokens, depth, text }) {
        const level = Math.min(6, depth + headingOffset);
        return `<h${level} id="${page.slug(text)}">${this.parser.parseInline(tokens)}</h${level}>\n`;
      },
      code({ text, lang }) {
        blocks += 1;
        const id = `${idPrefix}-code-${blocks}`;
        return codeBlock(page, lang ? { code: text, language: lang, id } : { code: text, id }).value;
      },
    },
  });
  return raw(marked.parse(text, { async: false }));
}

/** A one-line description (a server's, a scheme's) rendered without a wrapping paragraph. */
export function markdownInline(text: string): SafeHtml {
  const marked = new Marked({ gfm: true, async: false, renderer: { html: ({ text }) => escapeHtml(text) } });
  return raw(marked.parseInline(text, { async: false }));
}
