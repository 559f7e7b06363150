// The first-load budgets, measured on the built folder: a page's HTML plus every stylesheet and
// script it references, as bytes on the wire without compression (a host that gzips sends less); all
// the site's JavaScript, gzipped. search-index.json is fetched only when a reader searches; it is
// reported too.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, posix, relative } from "node:path";
import { gzipSync } from "node:zlib";
import { describe, expect, it } from "vitest";
import { themeHeadScript } from "../src/render/theme.ts";
import { distDir } from "./support/build-site.ts";
import { spec } from "./support/spec-facts.ts";

const budget = 500 * 1024;
const landingBudget = 100 * 1024;
const scriptBudgetGzip = 30 * 1024;
const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;

/** Same-site URLs a page loads on its own: stylesheets, scripts, images, icons. */
function referencedAssets(html: string): string[] {
  const tags = html.match(/<(?:link|script|img|source|iframe)\b[^>]*>/gi) ?? [];
  return tags
    .filter((tag) => !/<link\b/i.test(tag) || /rel="(?:stylesheet|icon|preload|modulepreload)"/i.test(tag))
    .flatMap((tag) => [...tag.matchAll(/\b(?:src|href)="([^"]+)"/gi)].map((m) => m[1]!))
    .filter((url) => !url.startsWith("data:"));
}

async function firstLoadBytes(page: string): Promise<{ total: number; files: string[] }> {
  const html = await readFile(join(distDir, page), "utf8");
  const files = referencedAssets(html).map((url) => {
    expect(url, `${page} loads ${url} from another origin`).not.toMatch(/^[a-z]+:|^\/\//i);
    return posix.join(posix.dirname(page), url.split(/[?#]/)[0]!);
  });
  let total = Buffer.byteLength(html);
  for (const file of files) total += (await stat(join(distDir, file))).size;
  return { total, files };
}

async function htmlPages(dir = distDir): Promise<string[]> {
  const entries = await readdir(dir, { withFileTypes: true, recursive: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith(".html"))
    .map((e) => relative(distDir, join(e.parentPath, e.name)).split("\\").join("/"));
}

describe("first-load size", () => {
  it("index.html with its CSS and JS is within 100 KB", async () => {
    const { total, files } = await firstLoadBytes("index.html");
    expect(files.some((f) => f.endsWith(".css"))).toBe(true);
    expect(files.some((f) => f.endsWith(".js"))).toBe(true);
    const search = await readFile(join(distDir, "search-index.json"));
    console.log(
      `docs-site first load: index.html + ${files.length} assets = ${total} bytes (${kb(total)} of ${landingBudget / 1024} KB); search-index.json on first search: ${search.length} bytes, ${gzipSync(search).length} gzipped`,
    );
    expect(total).toBeLessThanOrEqual(landingBudget);
  });

  it("all the site's JavaScript, the head script included, is within 30 KB gzipped and names no other origin", async () => {
    const pages = await htmlPages();
    const scripts = new Set<string>();
    for (const page of pages) {
      const html = await readFile(join(distDir, page), "utf8");
      for (const url of referencedAssets(html).filter((u) => u.endsWith(".js"))) {
        scripts.add(posix.join(posix.dirname(page), url));
      }
      const inline = [...html.matchAll(/<script>([^<]*)<\/script>/g)].map((m) => m[1]);
      expect(inline, page).toEqual([themeHeadScript]);
    }
    expect(scripts.size).toBe(1);
    const sizes = [...scripts].map((file) => ({ file, text: "" }));
    for (const s of sizes) s.text = await readFile(join(distDir, s.file), "utf8");
    sizes.push({ file: "inline head script", text: themeHeadScript });
    let gzipped = 0;
    for (const { file, text } of sizes) {
      expect(text, file).not.toMatch(/https?:\/\/|\/\/[a-z0-9.-]+\.[a-z]{2,}\//i);
      const size = gzipSync(text).length;
      console.log(`docs-site script: ${file} = ${Buffer.byteLength(text)} bytes, ${size} gzipped`);
      gzipped += size;
    }
    console.log(
      `docs-site: all JavaScript ${gzipped} bytes gzipped (${kb(gzipped)} of ${scriptBudgetGzip / 1024} KB)`,
    );
    expect(gzipped).toBeLessThanOrEqual(scriptBudgetGzip);
  });

  it("every page's first load is within 500 KB", async () => {
    const pages = await htmlPages();
    expect(pages).toContain("index.html");
    expect(pages.length).toBeGreaterThan(1);
    // Every operation of the spec has its page, and each of them is within the budget too.
    const operations = Object.values(spec.paths as Record<string, Record<string, { operationId?: string }>>)
      .flatMap((item) => Object.values(item))
      .flatMap((op) => (typeof op?.operationId === "string" ? [`reference/${op.operationId}.html`] : []));
    expect(operations.length).toBeGreaterThan(50);
    expect(pages).toEqual(expect.arrayContaining(operations));
    let largest = { page: "", total: 0 };
    for (const page of pages) {
      const { total } = await firstLoadBytes(page);
      console.log(`docs-site first load: ${page} = ${total} bytes`);
      expect(total, page).toBeLessThanOrEqual(budget);
      if (total > largest.total) largest = { page, total };
    }
    console.log(
      `docs-site: ${pages.length} pages (${operations.length} operations); largest first load ${largest.page} = ${largest.total} bytes (${(largest.total / 1024).toFixed(1)} KB)`,
    );
  });
});
