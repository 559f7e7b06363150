// A page's first load, as packages/docs-site/test/size.test.ts counts it: the HTML plus every
// same-site stylesheet, script, image and icon it references.
import { readFileSync, statSync } from "node:fs";
import { join, posix } from "node:path";

function referencedAssets(html: string): string[] {
  const tags = html.match(/<(?:link|script|img|source|iframe)\b[^>]*>/gi) ?? [];
  return tags
    .filter((tag) => !/<link\b/i.test(tag) || /rel="(?:stylesheet|icon|preload|modulepreload)"/i.test(tag))
    .flatMap((tag) => [...tag.matchAll(/\b(?:src|href)="([^"]+)"/gi)].map((match) => match[1]!))
    .filter((url) => !/^(?:data:|[a-z]+:|\/\/)/i.test(url));
}

/** Synchronous: the bench reads every page of a 5,000-operation site, which promises only slow down. */
export function firstLoadBytes(siteDir: string, page: string): number {
  const html = readFileSync(join(siteDir, page), "utf8");
  let total = Buffer.byteLength(html);
  for (const url of new Set(referencedAssets(html))) {
    total += statSync(join(siteDir, posix.join(posix.dirname(page), url.split(/[?#]/)[0]!))).size;
  }
  return total;
}
