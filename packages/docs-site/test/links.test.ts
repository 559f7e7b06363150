// Link check of the built site: every internal link and search result lands on a page and anchor that exist.
import { readdir, readFile } from "node:fs/promises";
import { join, posix, relative } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import type { SearchEntry } from "../src/render/search-index.ts";
import { distDir } from "./support/build-site.ts";

const pages = new Map<string, string>();
const decodeEntities = (s: string) =>
  s.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#39;", "'");
const idsOf = (html: string) =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));

beforeAll(async () => {
  for (const entry of await readdir(distDir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = relative(distDir, join(entry.parentPath, entry.name)).split("\\").join("/");
    pages.set(file, await readFile(join(distDir, file), "utf8"));
  }
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
      for (const [, href] of html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)) {
        const url = decodeEntities(href!);
        if (/^[a-z]+:/i.test(url)) continue; // https://help.gong.io/ and the like: navigation only
        const [path, anchor] = url.split("#");
        expectTarget(file, path ? posix.normalize(posix.join(posix.dirname(file), path)) : file, anchor);
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
