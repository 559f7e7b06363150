// The first-load budget, measured on the built folder: a page's HTML plus every stylesheet and
// script it references. search-index.json is fetched only when a reader searches; it is reported too.
import { readdir, readFile, stat } from "node:fs/promises";
import { join, posix, relative } from "node:path";
import { describe, expect, it } from "vitest";
import { distDir } from "./support/build-site.ts";
import { spec } from "./support/spec-facts.ts";

const budget = 500 * 1024;

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
  it("index.html with its CSS and JS is within 500 KB", async () => {
    const { total, files } = await firstLoadBytes("index.html");
    expect(files.some((f) => f.endsWith(".css"))).toBe(true);
    expect(files.some((f) => f.endsWith(".js"))).toBe(true);
    const search = (await stat(join(distDir, "search-index.json"))).size;
    console.log(
      `docs-site first load: index.html + ${files.length} assets = ${total} bytes (${(total / 1024).toFixed(1)} KB of ${budget / 1024} KB); search-index.json on first search: ${search} bytes`,
    );
    expect(total).toBeLessThanOrEqual(budget);
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
