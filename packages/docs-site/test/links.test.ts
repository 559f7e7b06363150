// Link check of the built site: every internal link and search result lands on a page and anchor that exist.
import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchEntry } from "../src/render/search-index.ts";
import { distDir } from "./support/build-site.ts";
import { idsOf, linksOf, readPages } from "./support/site-pages.ts";

let pages = new Map<string, string>();

beforeAll(async () => {
  pages = await readPages(distDir);
});

function expectTarget(from: string, file: string, anchor: string | undefined): void {
  const target = pages.get(file);
  expect(target, `${from} links to missing page ${file}`).toBeDefined();
  if (anchor) expect(idsOf(target!), `${from} links to missing #${anchor} on ${file}`).toContain(anchor);
}

describe("links", () => {
  it("every in-site link from every page resolves to a page and anchor", () => {
    let checked = 0;
    for (const [file, html] of pages) {
      for (const { path, anchor } of linksOf(file, html)) {
        expectTarget(file, path, anchor);
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("every search result resolves to a page and anchor", async () => {
    const entries = JSON.parse(await readFile(join(distDir, "search-index.json"), "utf8")) as SearchEntry[];
    expect(entries.some((e) => e.t === "spokenLanguages" && e.k === "field")).toBe(true);
    for (const entry of entries) {
      const [file, anchor] = entry.u.split("#");
      expectTarget("search-index.json", file!, anchor);
    }
  });
});
