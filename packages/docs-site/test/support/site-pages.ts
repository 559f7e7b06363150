// A built site's HTML pages and the in-site links among them, for the link and scale tests.
import { readdir, readFile } from "node:fs/promises";
import { join, posix, relative } from "node:path";

export const decodeEntities = (s: string) =>
  s.replaceAll("&amp;", "&").replaceAll("&quot;", '"').replaceAll("&#39;", "'");

export const idsOf = (html: string) =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1]!)));

/** Every file under `dir`, by path from `dir` (with `/`). */
export async function listFiles(dir: string): Promise<string[]> {
  return (await readdir(dir, { withFileTypes: true, recursive: true }))
    .filter((entry) => entry.isFile())
    .map((entry) => relative(dir, join(entry.parentPath, entry.name)).split("\\").join("/"));
}

/** Every `.html` file under `dir`, by path from `dir` (with `/`). */
export async function readPages(dir: string): Promise<Map<string, string>> {
  const pages = new Map<string, string>();
  for (const file of await listFiles(dir)) {
    if (file.endsWith(".html")) pages.set(file, await readFile(join(dir, file), "utf8"));
  }
  return pages;
}

const isExternal = (url: string) => /^[a-z]+:/i.test(url) || url.startsWith("//");

/** In-site links of a page: the target page (from the site root) and anchor of each `<a href>`. */
export function linksOf(file: string, html: string): { path: string; anchor: string | undefined }[] {
  return referencesOf(file, html, /<a\b[^>]*\shref="([^"]+)"/g);
}

/**
 * Every same-site URL a page names: `<a href>`, `<link href>` (stylesheet, alternate Markdown, feed) and
 * `<script src>`/`<img src>`, resolved from the page's folder to a path from the site root.
 */
export function allReferencesOf(file: string, html: string): { path: string; anchor: string | undefined }[] {
  return referencesOf(file, html, /<(?:a|link|script|img|source)\b[^>]*\s(?:href|src)="([^"]+)"/g);
}

function referencesOf(file: string, html: string, pattern: RegExp) {
  return [...html.matchAll(pattern)]
    .map((m) => decodeEntities(m[1]!))
    .filter((url) => !isExternal(url)) // https://help.gong.io/ and the like: navigation only
    .map((url) => {
      const [path, anchor] = url.split("#");
      return { path: path ? posix.normalize(posix.join(posix.dirname(file), path)) : file, anchor };
    });
}

/** The other-origin URLs a page links to (`https:`, `mailto:`), as written. */
export function externalLinksOf(html: string): string[] {
  return [...html.matchAll(/<(?:a|link|script|img|source)\b[^>]*\s(?:href|src)="([^"]+)"/g)]
    .map((m) => decodeEntities(m[1]!))
    .filter((url) => isExternal(url) && !url.startsWith("data:"));
}

/** The markup of the element with `id`, up to its matching close tag. */
export function elementById(html: string, id: string): string | undefined {
  const start = html.indexOf(` id="${id.replaceAll("&", "&amp;")}"`);
  if (start < 0) return undefined;
  const tag = html.lastIndexOf("<", start);
  const name = /^<([a-z0-9]+)/.exec(html.slice(tag))![1]!;
  let depth = 0;
  const pattern = new RegExp(`<(/?)${name}\\b[^>]*>`, "g");
  pattern.lastIndex = tag;
  for (let m = pattern.exec(html); m !== null; m = pattern.exec(html)) {
    depth += m[1] === "/" ? -1 : 1;
    if (depth === 0) return html.slice(tag, m.index + m[0].length);
  }
  return undefined;
}

/** The text of the element with `id`: its markup without tags, the generator's entities decoded. */
export function textById(html: string, id: string): string | undefined {
  const element = elementById(html, id);
  return element === undefined
    ? undefined
    : element
        .replace(/<[^>]+>/g, "")
        .replaceAll("&lt;", "<")
        .replaceAll("&gt;", ">")
        .replaceAll("&quot;", '"')
        .replaceAll("&#x27;", "'")
        .replaceAll("&#39;", "'")
        .replaceAll("&amp;", "&");
}
