// Link check of the built site: every same-site link, stylesheet, script and Markdown twin, and every
// search result, lands on a file and anchor that exist; every page has its Markdown twin; links to other
// origins come only from the spec's own descriptions.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { type SearchIndex, searchLinks } from "../src/render/search-index.ts";
import { distDir } from "./support/build-site.ts";
import { allReferencesOf, externalLinksOf, idsOf, listFiles, readPages } from "./support/site-pages.ts";
import { spec } from "./support/spec-facts.ts";

let pages = new Map<string, string>();
let files = new Set<string>();
const ids = new Map<string, Set<string>>();

beforeAll(async () => {
  pages = await readPages(distDir);
  files = new Set(await listFiles(distDir));
  for (const [file, html] of pages) ids.set(file, idsOf(html));
});

function expectTarget(from: string, file: string, anchor: string | undefined): void {
  expect(files.has(file), `${from} links to missing file ${file}`).toBe(true);
  if (!anchor) return;
  expect(file.endsWith(".html"), `${from} links to #${anchor} of ${file}, which is not a page`).toBe(true);
  expect(ids.get(file), `${from} links to missing #${anchor} on ${file}`).toContain(anchor);
}

/** Every string of the spec that is a description or summary: where Markdown links may come from. */
function specTexts(node: unknown, out: string[] = []): string[] {
  if (Array.isArray(node)) for (const item of node) specTexts(item, out);
  else if (typeof node === "object" && node !== null) {
    for (const [key, value] of Object.entries(node)) {
      if ((key === "description" || key === "summary") && typeof value === "string") out.push(value);
      else specTexts(value, out);
    }
  }
  return out;
}

describe("links", () => {
  it("every same-site link, stylesheet, script and twin from every page resolves to a file and anchor", () => {
    let checked = 0;
    for (const [file, html] of pages) {
      for (const { path, anchor } of allReferencesOf(file, html)) {
        expectTarget(file, path, anchor);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20_000);
  });

  it("every page has its Markdown twin beside it, linked from its head and its body", () => {
    expect(pages.size).toBeGreaterThan(300);
    for (const [file, html] of pages) {
      const twin = file.replace(/\.html$/, ".md");
      expect(files.has(twin), `${file} has no ${twin}`).toBe(true);
      const name = twin.split("/").at(-1)!;
      expect(html, file).toMatch(
        new RegExp(`<link rel="alternate" type="text/markdown" href="[^"]*${name}">`),
      );
      expect(html, file).toMatch(new RegExp(`<a href="[^"]*${name}"[^>]*>This page as Markdown</a>`));
    }
  });

  it("links to other origins only where the spec's own descriptions have them", () => {
    const texts = specTexts(spec).join("\n");
    const external = new Set([...pages.values()].flatMap((html) => externalLinksOf(html)));
    for (const url of external) {
      expect(texts, `${url} is linked but no description of the spec has it`).toContain(
        url.replace(/^mailto:/, ""),
      );
    }
  });

  it("every search result resolves to a page and anchor", async () => {
    const index = JSON.parse(await readFile(join(distDir, "search-index.json"), "utf8")) as SearchIndex;
    const links = searchLinks(index);
    expect(links).toContain("reference/getUser.html#getUser.200.user.spokenLanguages");
    expect(links).toContain("schemas/Party.html#emailAddress");
    expect(links.some((link) => link.startsWith("webhooks/"))).toBe(true);
    expect(links).toContain("index.html#paging");
    for (const link of links) {
      const [file, anchor] = link.split("#");
      expectTarget("search-index.json", file!, anchor);
    }
  });
});
