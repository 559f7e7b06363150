import { highlight, isHighlighted } from "./highlight.ts";
import { html, raw, type SafeHtml } from "./html.ts";
import type { Page } from "./page.ts";

const aliases: Record<string, string> = { ts: "typescript", sh: "bash", shell: "bash", curl: "bash" };
const labels: Record<string, string> = { typescript: "TypeScript", bash: "Shell", json: "JSON" };

export interface CodeBlockOptions {
  code: string;
  language?: string;
  /** Caption above the code, e.g. "TypeScript (@gongkit/client)". */
  label?: string;
  /** Element id of the block, for deep links and the copy button. */
  id: string;
  /** Generated code, one statement or value per line (samples, examples): highlighted line by line. */
  byLine?: boolean;
}

/** A `<pre>` block with build-time syntax highlighting and a copy button (shown when JS runs). */
export function codeBlock(page: Page, { code, language, label, id, byLine }: CodeBlockOptions): SafeHtml {
  const name = language === undefined ? undefined : (aliases[language] ?? language);
  const markup = name !== undefined && isHighlighted(name) ? raw(highlight(code, name, { byLine })) : code;
  const codeId = page.id(id);
  return html`<figure class="code">
<figcaption><span>${label ?? (name === undefined ? "Code" : (labels[name] ?? name))}</span><button type="button" class="copy" data-copy="${codeId}" hidden>Copy</button></figcaption>
<pre tabindex="0"><code id="${codeId}" class="hljs${name === undefined ? "" : ` language-${name}`}">${markup}</code></pre>
</figure>`;
}
