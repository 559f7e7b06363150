// A page per component schema: every field at an anchor named by its path (not its position), "Used by"
// listing what uses it, and every field table elsewhere linking its $ref'd types to those pages.
import { beforeAll, describe, expect, it } from "vitest";
import { schemaHref } from "../src/render/field-table.ts";
import { Page } from "../src/render/page.ts";
import { schemaPage } from "../src/render/schema-page.ts";
import type { OpenApiDocument, Schema } from "../src/spec/openapi.ts";
import { listOperations } from "../src/spec/operations.ts";
import { schemaUsage } from "../src/spec/schema-usage.ts";
import { distDir } from "./support/build-site.ts";
import { elementById, idsOf, listFiles, readPages, textById } from "./support/site-pages.ts";
import { fieldPaths, spec } from "./support/spec-facts.ts";

type Json = Record<string, unknown>;
const schemas = (spec.components as { schemas: Record<string, Json> }).schemas;
let pages = new Map<string, string>();
let files = new Set<string>();

beforeAll(async () => {
  pages = await readPages(distDir);
  files = new Set(await listFiles(distDir));
});

/** Operations whose JSON names `name`, directly or through other schemas: read from the spec JSON alone. */
function operationsUsing(name: string): string[] {
  const refsIn = (node: unknown) =>
    [...JSON.stringify(node).matchAll(/"#\/components\/schemas\/([^"]+)"/g)].map((m) => m[1]!);
  const reach = (start: string[]) => {
    const seen = new Set<string>();
    const queue = [...start];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      if (seen.has(next)) continue;
      seen.add(next);
      queue.push(...refsIn(schemas[next]));
    }
    return seen;
  };
  const expand = (node: unknown): unknown =>
    JSON.parse(
      JSON.stringify(node).replace(
        /\{"\$ref":"#\/components\/(responses|parameters|requestBodies|headers)\/([^"]+)"\}/g,
        (_, kind, n) => JSON.stringify(expand((spec.components as Record<string, Json>)[kind]![n])),
      ),
    );
  return Object.values(spec.paths as Record<string, Record<string, Json>>)
    .flatMap((item) => Object.values(item))
    .filter((op) => typeof op?.operationId === "string" && reach(refsIn(expand(op))).has(name))
    .map((op) => op.operationId as string);
}

/** The "Used by" section: from its heading to the end of its section. */
const usedByOf = (html: string) => {
  const start = html.indexOf('id="schema-used-by"');
  return html.slice(start, html.indexOf("</section>", start));
};

describe("schema pages", () => {
  it("every component schema has its page and its Markdown twin, and the schemas' index links them all", () => {
    const names = Object.keys(schemas);
    expect(names.length).toBeGreaterThan(200);
    const index = pages.get("schemas/index.html")!;
    for (const name of names) {
      expect(pages.has(`schemas/${name}.html`), name).toBe(true);
      expect(files.has(`schemas/${name}.md`), name).toBe(true);
      expect(index).toContain(`href="../${schemaHref(name)}"`);
    }
    for (const html of [pages.get("index.html")!, pages.get("reference/getUser.html")!])
      expect(html).toMatch(/<a href="(\.\.\/)?schemas\/index\.html">Schemas<\/a>/);
  });

  it("puts every field and nested field (read from the spec JSON) at the anchor of its path", () => {
    let checked = 0;
    for (const name of Object.keys(schemas)) {
      const ids = idsOf(pages.get(`schemas/${name}.html`)!);
      for (const path of fieldPaths({ $ref: `#/components/schemas/${name}` })) {
        expect(ids, `${name}#${path.join(".")}`).toContain(path.join("."));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(2000);
    const party = pages.get("schemas/Party.html")!;
    expect(textById(party, "emailAddress")).toContain("Email address");
    expect(textById(party, "context.objects.objectType")).toContain("one of");
    // Deep: a field of a field of an array item, named by its path.
    expect(idsOf(pages.get("schemas/CallWebhookPayload.html")!)).toContain("callData.parties.emailAddress");
  });

  it("derives anchors from paths, so reordering a schema's properties moves no anchor", () => {
    const doc = structuredClone(spec) as unknown as OpenApiDocument;
    const render = (d: OpenApiDocument) => {
      const html = schemaPage(new Page("../"), d, "Party", schemaUsage(d, listOperations(d)), {
        href: (op) => `reference/${op.operationId}.html`,
      }).value;
      return new Map([...idsOf(html)].map((id) => [id, elementById(html, id)]));
    };
    const before = render(doc);
    const party = doc.components!.schemas!.Party as Schema;
    party.properties = Object.fromEntries(Object.entries(party.properties!).reverse());
    const after = render(doc);
    expect([...after.keys()].sort()).toEqual([...before.keys()].sort());
    for (const id of ["emailAddress", "context.objects.objectType", "methods"])
      expect(after.get(id), id).toBe(before.get(id));
  });

  it("lists under Used by every operation that uses the schema (read from the spec JSON), and the webhook", () => {
    for (const name of ["Party", "ErrorResponse", "UserMetadata", "SpokenLanguage"]) {
      const html = pages.get(`schemas/${name}.html`)!;
      const usedBy = usedByOf(html);
      const expected = operationsUsing(name);
      expect(expected.length, name).toBeGreaterThan(0);
      for (const operationId of expected)
        expect(usedBy, `${name} used by ${operationId}`).toContain(`href="../reference/${operationId}.html"`);
      const listed = [...usedBy.matchAll(/<li><a href="\.\.\/reference\/([^".]+)\.html">/g)].map((m) => m[1]);
      expect(listed.sort(), name).toEqual(expected.sort());
    }
    const party = usedByOf(pages.get("schemas/Party.html")!);
    expect(party).toContain(
      'href="../reference/listCallsExtensive.html#listCallsExtensive.200">200 response</a>',
    );
    expect(party).toContain('href="../webhooks/call.html"');
    // The schemas that name it, linked.
    expect(party).toMatch(/Named in the schemas? .*href="\.\.\/schemas\/[A-Za-z]+\.html"/);
  });

  it("links every $ref'd type in an operation's field tables to its schema, and each field to its anchor there", () => {
    const page = pages.get("reference/listCallsExtensive.html")!;
    const parties = elementById(page, "listCallsExtensive.200.calls.parties")!;
    expect(parties).toContain('array of <a href="../schemas/Party.html">Party</a>');
    const email = elementById(page, "listCallsExtensive.200.calls.parties.emailAddress")!;
    expect(email).toContain('in <a href="../schemas/Party.html#emailAddress">Party</a>');
    expect(elementById(pages.get("reference/getUser.html")!, "getUser.200.user")).toContain(
      '<a href="../schemas/UserMetadata.html">UserMetadata</a>',
    );
    // Every field row of every operation page names the schema it is declared in when there is one.
    let linked = 0;
    for (const [file, html] of pages) {
      if (!file.startsWith("reference/")) continue;
      for (const m of html.matchAll(
        /<span class="field-source">in <a href="\.\.\/schemas\/([^".]+)\.html#([^"]+)">/g,
      )) {
        expect(idsOf(pages.get(`schemas/${m[1]}.html`)!), `${file} -> ${m[1]}#${m[2]}`).toContain(m[2]);
        linked += 1;
      }
    }
    expect(linked).toBeGreaterThan(1000);
  });
});
