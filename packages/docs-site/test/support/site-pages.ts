// A built site's HTML pages and the in-site links among them, for the link and scale tests.
import { readdir, readFile } from "node:fs/promises";
import { join, posix, relative } from "node:path";

export const decodeEntities = (s: string) =>
  s.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#39;", "'");

export const idsOf = (html: string) =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));

/** Every `.html` file under `dir`, by path from `dir` (with `/`). */
export async function readPages(dir: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const entry of await readdir(dir, { withFileTypes: true, recursive: true })) {
    if (!entry.isFile() || !entry.name.endsWith(".html")) continue;
    const file = relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/");
    pages.set(file, await readFile(join(dir, file), "utf8"));
  }
  return pages;
}

/** In-site links of a page: the target page (from the site root) and anchor of each `<a href>`. */
export function linksOf(file: string, html: string): { path: string; anchor: string | undefined }[] {
  return [...html.matchAll(/<a\b[^>]*\shref="([^"]+)"/g)]
    .map((m) => decodeEntities(m[1]!))
    .filter((url) => !/^[a-z]+:/i.test(url)) // https://help.gong.io/ and the like: navigation only
    .map((url) => {
      const [path, anchor] = url.split("#");
      return { path: path ? posix.normalize(posix.join(posix.dirname(file), path)) : file, anchor };
    });
}
