import hljs from "highlight.js/lib/core";
import bash from "highlight.js/lib/languages/bash";
import json from "highlight.js/lib/languages/json";
import typescript from "highlight.js/lib/languages/typescript";
import { html, raw, type SafeHtml } from "./html.ts";
import type { Page } from "./page.ts";

// Highlighted at build time into class-named spans: no highlighter runs in the reader's browser.
hljs.registerLanguage("typescript", typescript);
hljs.registerLanguage("bash", bash);
hljs.registerLanguage("json", json);
const aliases: Record<string, string> = { ts: "typescript", sh: "bash", shell: "bash", curl: "bash" };
const labels: Record<string, string> = { typescript: "TypeScript", bash: "Shell", json: "JSON" };
// Examples of shared responses repeat on every operation's page: each distinct block is highlighted once.
const highlighted = new Map<string, string>();

function highlight(code: string, language: string): string {
  const key = `${language}\n${code}`;
  let out = highlighted.get(key);
  if (out === undefined) {
    out = hljs.highlight(code, { language, ignoreIllegals: true }).value;
    highlighted.set(key, out);
  }
  return out;
}

export interface CodeBlockOptions {
  code: string;
  language?: string;
  /** Caption above the code, e.g. "TypeScript (@gongkit/client)". */
  label?: string;
  /** Element id of the block, for deep links and the copy button. */
  id: string;
}

/** A `<pre>` block with build-time syntax highlighting and a copy button (shown when JS runs). */
export function codeBlock(page: Page, { code, language, label, id }: CodeBlockOptions): SafeHtml {
  const name = language === undefined ? undefined : (aliases[language] ?? language);
  const markup = name !== undefined && hljs.getLanguage(name) ? raw(highlight(code, name)) : code;
  const codeId = page.id(id);
  return html`<figure class="code">
<figcaption><span>${label ?? (name === undefined ? "Code" : (labels[name] ?? name))}</span><button type="button" class="copy" data-copy="${codeId}" hidden>Copy</button></figcaption>
<pre tabindex="0"><code id="${codeId}" class="hljs${name === undefined ? "" : ` language-${name}`}">${markup}</code></pre>
</figure>`;
}
