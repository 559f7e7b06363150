import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import json from "highlight.js/lib/languages/json";
import typescript from "highlight.js/lib/languages/typescript";
import { RecentCache } from "./recent-cache.ts";

// Highlighted at build time into class-named spans: no highlighter runs in the reader's browser.
hljs.registerLanguage("typescript", typescript);
hljs.registerLanguage("bash", bash);
hljs.registerLanguage("json", json);

export function isHighlighted(language: string): boolean {
  return hljs.getLanguage(language) !== undefined;
}

// A shared response's example repeats on every operation's page, and generated samples repeat
// most of their lines (the client setup, the catch): each distinct block or line is highlighted once.
const blocks = new RecentCache<string>(500);
const lines = new RecentCache<{ html: string; atTop: boolean }>(4000);

/** Class-named spans for `code` (HTML-escaped); `language` must be registered (see isHighlighted). */
export function highlight(code: string, language: string, { byLine = false } = {}): string {
  if (byLine) {
    const root = hljs.getLanguage(language);
    const out: string[] = [];
    for (const line of code.split("\n")) {
      const done = lines.get(`${language}\n${line}`, () => {
        const result = hljs.highlight(line, { language, ignoreIllegals: true });
        // hljs's state after the line (internal, hence the guard): back at the grammar's root means
        // the next line highlights the same on its own as it would continuing this one.
        return {
          html: result.value,
          atTop: (result as ReturnType<typeof hljs.highlight> & { _top?: unknown })._top === root,
        };
      });
      if (!done.atTop) break;
      out.push(done.html);
    }
    if (out.length === code.split("\n").length) return out.join("\n");
  }
  return blocks.get(
    `${language}\n${code}`,
    () => hljs.highlight(code, { language, ignoreIllegals: true }).value,
  );
}
