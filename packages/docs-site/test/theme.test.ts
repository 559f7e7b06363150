// The theme's static parts: the dark colours stated once for the toggle and once for the system, the
// head script on every page before anything renders, its CSP hash where the README gives the policy.
import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { beforeAll, describe, expect, it } from "vitest";
import {
  contentSecurityPolicy,
  themeHeadScript,
  themeHeadScriptHash,
  themeStorageKey,
} from "../src/render/theme.ts";
import { distDir } from "./support/build-site.ts";
import { readPages } from "./support/site-pages.ts";

const read = (path: string) => readFile(new URL(`../${path}`, import.meta.url), "utf8");
let pages = new Map<string, string>();

beforeAll(async () => {
  pages = await readPages(distDir);
});

/** The custom properties a rule block declares, by the block's selector (first match). */
function declarations(css: string, selector: string): Map<string, string> {
  const start = css.indexOf(`${selector} {`);
  expect(start, selector).toBeGreaterThanOrEqual(0);
  const body = css.slice(start + selector.length + 2, css.indexOf("}", start));
  return new Map([...body.matchAll(/(--[\w-]+):\s*([^;]+);/g)].map((m) => [m[1]!, m[2]!.trim()]));
}

describe("the theme", () => {
  it("states the same dark colours for the toggle's attribute and for the system's preference", async () => {
    const css = await read("src/assets/site.css");
    const chosen = declarations(css, ':root[data-theme="dark"]');
    const system = declarations(css, ':root:not([data-theme="light"])');
    expect(chosen.size).toBeGreaterThan(15);
    expect(system).toEqual(chosen);
    // Every colour the light theme sets, the dark one sets too.
    const light = [...declarations(css, ":root").keys()].filter(
      (k) => !["--font", "--mono", "--topbar"].includes(k),
    );
    expect([...chosen.keys()].sort()).toEqual(light.sort());
  });

  it("runs the head script on every page before the stylesheet and the body", () => {
    expect(pages.size).toBeGreaterThan(300);
    for (const [file, html] of pages) {
      const head = html.slice(0, html.indexOf("</head>"));
      const script = head.indexOf(`<script>${themeHeadScript}</script>`);
      expect(script, file).toBeGreaterThan(head.indexOf('<meta name="color-scheme"'));
      expect(script, file).toBeLessThan(head.indexOf('<link rel="stylesheet"'));
      // The only inline script: anything else would need its own CSP hash.
      expect(html.match(/<script>/g), file).toHaveLength(1);
    }
  });

  it("stores the choice under the key the page script writes", async () => {
    const js = await read("src/generated/site.js");
    expect(js).toContain(`"${themeStorageKey}"`);
    expect(themeHeadScript).toContain(`"${themeStorageKey}"`);
  });

  it("gives the README's Content-Security-Policy the head script's current hash", async () => {
    const expected = `'sha256-${createHash("sha256").update(themeHeadScript).digest("base64")}'`;
    expect(themeHeadScriptHash).toBe(expected);
    expect(contentSecurityPolicy).toContain(expected);
    expect(await read("README.md")).toContain(contentSecurityPolicy);
  });

  it("keeps the head script tiny", () => {
    expect(Buffer.byteLength(themeHeadScript)).toBeLessThan(300);
  });
});
