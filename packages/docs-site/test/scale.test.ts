// The site of a large spec, built twice (n and 2n operations): what every page carries must not grow
// with the spec, so the site grows linearly; and every operation stays reachable from the landing page.
import { mkdtemp, rm, stat } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/build-site.ts";
import { guides } from "../src/render/guides.ts";
import { indexMaxOperations, maxListedPaged, maxListedScopes } from "../src/render/index-page.ts";
import { navMaxGroups, navMaxOperations, navMaxWebhooks } from "../src/render/nav.ts";
import { writeSamples } from "../src/samples/write-samples.ts";
import { manyOperationsSpec } from "./fixtures/many-operations.ts";
import { idsOf, linksOf, readPages } from "./support/site-pages.ts";

let dir: string;
/** Pages of the sites with 40 groups of 5 and a group of 80, and with twice as many of both. */
const sites: Record<"n" | "twice", Map<string, string>> = { n: new Map(), twice: new Map() };

async function build(name: keyof typeof sites, groups: number, bulk: number): Promise<void> {
  const doc = manyOperationsSpec(groups, 5, bulk);
  const samplesDir = join(dir, name, "samples");
  await writeSamples(doc, samplesDir);
  const outDir = join(dir, name, "site");
  await buildSite({ doc, specSha256: "0".repeat(64), outDir, samplesDir });
  sites[name] = await readPages(outDir);
}

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "docs-site-scale-"));
  await build("n", 40, 80);
  await build("twice", 80, 160);
}, 120_000);
afterAll(() => rm(dir, { recursive: true, force: true }));

const navOf = (html: string) => html.slice(html.indexOf('<nav id="nav"'), html.indexOf("</nav>"));
const mainOf = (html: string) => html.slice(html.indexOf("<main"), html.indexOf("</main>"));
const bytes = (pages: Map<string, string>) =>
  [...pages.values()].reduce((sum, html) => sum + Buffer.byteLength(html), 0);

describe("a spec too large to list on every page", () => {
  it("has a page per operation and per group", () => {
    const pages = [...sites.twice.keys()];
    expect(pages.filter((p) => p.startsWith("reference/"))).toHaveLength(80 * 5 + 160);
    expect(pages.filter((p) => p.startsWith("tags/"))).toHaveLength(81);
    expect(80 * 5 + 160).toBeGreaterThan(indexMaxOperations);
  });

  it("every page's nav holds a bounded number of links, its own marked current", () => {
    // Getting started, the guides, the groups and operations with their "more" links, the webhooks, the
    // schemas' index and the changelog.
    const bound = 1 + guides.length + navMaxGroups + 2 + navMaxOperations + 2 + navMaxWebhooks + 1 + 2;
    for (const [file, html] of sites.twice) {
      const nav = navOf(html);
      expect(nav.match(/<a /g)!.length, file).toBeLessThanOrEqual(bound);
      // A schema's page is reached from the schemas' index, which the nav links.
      if (file.startsWith("schemas/") && file !== "schemas/index.html") continue;
      const own = file.includes("/") ? `../${file}` : file;
      expect(nav, file).toContain(`href="${own}" aria-current="page"`);
    }
  });

  it("the largest nav is no larger with twice the operations, and the site grows linearly", () => {
    const largestNav = (pages: Map<string, string>) =>
      Math.max(...[...pages.values()].map((html) => navOf(html).length));
    expect(largestNav(sites.twice)).toBeLessThanOrEqual(largestNav(sites.n) * 1.05);
    expect(bytes(sites.twice) / bytes(sites.n)).toBeLessThan(2.1);
  });

  it("an operation deep in an oversized group shows its neighbours and links the rest to the group page", () => {
    const nav = navOf(sites.twice.get("reference/getBulkItem100.html")!);
    expect(nav).toContain('href="../reference/getBulkItem100.html" aria-current="page"');
    expect(nav).toContain('href="../reference/getBulkItem99.html"');
    expect(nav).toContain('href="../reference/getBulkItem101.html"');
    expect(nav).not.toContain('href="../reference/getBulkItem1.html"');
    expect(nav).toMatch(/href="\.\.\/tags\/bulk\.html">… \d+ more operations/);
    expect(nav).not.toContain("getGroup1Item1.html");
  });

  it("the landing page links every group's page, which links every operation of the group", () => {
    const groups = linksOf("index.html", mainOf(sites.twice.get("index.html")!))
      .map((link) => link.path)
      .filter((path) => path.startsWith("tags/"));
    expect(new Set(groups).size).toBe(81);
    const reached = new Set(
      groups.flatMap((g) => linksOf(g, mainOf(sites.twice.get(g)!)).map((l) => l.path)),
    );
    const operations = [...sites.twice.keys()].filter((p) => p.startsWith("reference/"));
    expect(operations.filter((op) => !reached.has(op))).toEqual([]);
  });

  it("the landing page lists a bounded number of OAuth scopes and says how many more there are", () => {
    const main = mainOf(sites.twice.get("index.html")!);
    const listed = main.match(/<li><code>api:[^<]+<\/code>/g) ?? [];
    expect(listed).toHaveLength(maxListedScopes);
    expect(main).toContain(`… and ${81 + 1 - maxListedScopes} more`);
  });

  it("the landing page's paging guide lists a bounded number of paged operations and says how many more", () => {
    const main = mainOf(sites.twice.get("index.html")!);
    const paging = main.slice(main.indexOf('id="paging"'), main.indexOf('id="64-bit-integers"'));
    const listed = paging.match(/<li><a href="reference\/getBulkItem\d+\.html">/g) ?? [];
    expect(listed).toHaveLength(maxListedPaged);
    expect(paging).toContain(`… and ${160 - maxListedPaged} more`);
    expect(sites.twice.get("reference/getBulkItem100.html")).toContain('href="../index.html#paging"');
  });

  it("every in-site link resolves to a page and anchor", () => {
    const ids = new Map([...sites.twice].map(([file, html]) => [file, idsOf(html)]));
    for (const [file, html] of sites.twice) {
      for (const { path, anchor } of linksOf(file, html)) {
        if (!path.endsWith(".html")) continue; // twins, the spec's files, llms.txt: checked by links.test.ts
        expect(ids.has(path), `${file} links to missing ${path}`).toBe(true);
        if (anchor) expect(ids.get(path), `${file} links to missing ${path}#${anchor}`).toContain(anchor);
      }
    }
  });

  it("the landing page and the largest page load within 500 KB", async () => {
    // Every page loads the same stylesheet and script (the layout's), so the largest HTML is the largest load.
    const index = sites.twice.get("index.html")!;
    let assets = 0;
    for (const [, url] of index.matchAll(/<(?:link|script)\b[^>]*(?:href|src)="(assets\/[^"]+)"/g)) {
      assets += (await stat(join(dir, "twice", "site", url!))).size;
    }
    expect(assets).toBeGreaterThan(0);
    const largest = Math.max(...[...sites.twice.values()].map((html) => Buffer.byteLength(html)));
    expect(Buffer.byteLength(index) + assets).toBeLessThanOrEqual(500 * 1024);
    expect(largest + assets).toBeLessThanOrEqual(500 * 1024);
  });
});
