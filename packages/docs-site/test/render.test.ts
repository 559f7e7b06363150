// Unit checks of the rendering rules that the site's safety and anchors rest on.
import { describe, expect, it } from "vitest";
import { html, raw } from "../src/render/html.ts";
import { markdown } from "../src/render/markdown.ts";
import { Page } from "../src/render/page.ts";
import { splitSections } from "../src/render/spec-sections.ts";

describe("html``", () => {
  it("escapes interpolated text, keeps SafeHtml and joins arrays", () => {
    const name = '<img src=x onerror="alert(1)">';
    expect(
      html`<p title="${name}">${name}${raw("<b>ok</b>")}${["a", "&"]}${undefined}${false}</p>`.value,
    ).toBe(
      '<p title="&lt;img src=x onerror=&quot;alert(1)&quot;&gt;">&lt;img src=x onerror=&quot;alert(1)&quot;&gt;<b>ok</b>a&amp;</p>',
    );
  });
});

describe("markdown", () => {
  it("renders GFM, shows raw HTML as text, and gives headings unique ids", () => {
    const page = new Page("");
    const out = markdown(
      page,
      "## Rate limits\n\n**3** calls <script>x()</script>\n\n## Rate limits\n\n| a |\n|---|\n| b |",
      {
        idPrefix: "t",
        headingOffset: 1,
      },
    ).value;
    expect(out).toContain('<h3 id="rate-limits">Rate limits</h3>');
    expect(out).toContain('<h3 id="rate-limits-1">');
    expect(out).toContain("<strong>3</strong> calls &lt;script&gt;x()&lt;/script&gt;");
    expect(out).toContain("<table>");
  });

  it("highlights fenced code at build time, with a copy button for it", () => {
    const out = markdown(new Page(""), "```ts\nconst a = 1;\n```", { idPrefix: "guide" }).value;
    expect(out).toContain('<span class="hljs-keyword">const</span>');
    expect(out).toContain('data-copy="guide-code-1"');
  });
});

describe("Page ids", () => {
  it("refuses a duplicate anchor, which would make a deep link ambiguous", () => {
    const page = new Page("");
    page.id("getUser.200.user");
    expect(() => page.id("getUser.200.user")).toThrow(/Duplicate anchor id/);
  });
});

describe("splitSections", () => {
  it("splits a description at its top-level headings, keeping the intro", () => {
    const { intro, sections } = splitSections("Intro text.\n\n## Auth\nA\n### Sub\nB\n## Rate limits\nC\n");
    expect(intro).toBe("Intro text.");
    expect([...sections.keys()]).toEqual(["Auth", "Rate limits"]);
    expect(sections.get("Auth")).toContain("### Sub");
    expect(sections.get("Rate limits")).toBe("C");
  });
});
