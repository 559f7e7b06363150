// A page's first load, as packages/docs-site/test/size.test.ts counts it: the HTML plus every
// same-site stylesheet, script, image and icon it references.
import { readFile, stat } from "node:fs/promises";
import { join, posix } from "node:path";

function referencedAssets(html: string): string[] {
  const tags = html.match(/<(?:link|script|img|source|iframe)\b[^>]*>/gi) ?? [];
  return tags
    .filter((tag) => !/<link\b/i.test(tag) || /rel="(?:stylesheet|icon|preload|modulepreload)"/i.test(tag))
    .flatMap((tag) => [...tag.matchAll(/\b(?:src|href)="([^"]+)"/gi)].map((match) => match[1]!))
    .filter((url) => !/^(?:data:|[a-z]+:|\/\/)/i.test(url));
}

export async function firstLoadBytes(siteDir: string, page: string): Promise<number> {
  const html = await readFile(join(siteDir, page), "utf8");
  let total = Buffer.byteLength(html);
  for (const url of new Set(referencedAssets(html))) {
    total += (await stat(join(siteDir, posix.join(posix.dirname(page), url.split(/[?#]/)[0]!)))).size;
  }
  return total;
}
