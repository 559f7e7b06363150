// The generator on a grown spec: every operation gets a page, a sample, anchors and search entries.
import { mkdtemp, readdir, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/build-site.ts";
import { type SearchIndex, searchLinks } from "../src/render/search-index.ts";
import { typescriptSample } from "../src/samples/typescript-sample.ts";
import { writeSamples } from "../src/samples/write-samples.ts";
import { listOperations } from "../src/spec/operations.ts";
import { grownSpec } from "./fixtures/grown-spec.ts";
import { fieldPaths } from "./support/spec-facts.ts";

const doc = grownSpec();
let dir: string;
let samples: Map<string, string>;
const page = (file: string) => readFile(join(dir, "site", file), "utf8");
const ids = (html: string) =>
  new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]!.replaceAll("&amp;", "&")));

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "docs-site-grown-"));
  const written = await writeSamples(doc, join(dir, "samples"));
  samples = new Map(
    await Promise.all(
      written.map(async (f) => [f, await readFile(join(dir, "samples", f), "utf8")] as const),
    ),
  );
  await buildSite({
    doc,
    specSha256: "0".repeat(64),
    outDir: join(dir, "site"),
    samplesDir: join(dir, "samples"),
  });
});
afterAll(() => rm(dir, { recursive: true, force: true }));

describe("a grown spec", () => {
  it("gets one page and one sample per operation, a page per group, and every page's nav lists them all", async () => {
    const html = (files: string[]) => files.filter((f) => f.endsWith(".html")).sort();
    expect(html(await readdir(join(dir, "site/reference")))).toEqual([
      "addCall.html",
      "getUser.html",
      "getUserSettingsHistory.html",
      "listUsers.html",
    ]);
    expect(html(await readdir(join(dir, "site/tags")))).toEqual(["calls.html", "users.html"]);
    expect([...samples.keys()].sort()).toEqual([
      "addCall.ts",
      "getUser.ts",
      "getUserSettingsHistory.ts",
      "listUsers.ts",
    ]);
    for (const file of ["index.html", "reference/addCall.html", "tags/users.html"]) {
      const html = await page(file);
      for (const op of ["addCall", "getUser", "getUserSettingsHistory", "listUsers"])
        expect(html).toContain(`${op}.html"`);
    }
    const users = await page("tags/users.html");
    const main = users.slice(users.indexOf("<main"), users.indexOf("</main>"));
    for (const op of ["getUser", "getUserSettingsHistory", "listUsers"])
      expect(main).toContain(`href="../reference/${op}.html"`);
    expect(main).not.toContain("addCall.html");
  });

  it("samples call the client method in the client generator's order: path, body, query", () => {
    const history = samples.get("getUserSettingsHistory.ts");
    expect(history).toContain('await gong.users.getSettingsHistory("234599484848423")');
    expect(history).toContain("GongRateLimitError");
    expect(history).not.toContain("GongNotFoundError");
    expect(samples.get("listUsers.ts")).toContain(
      'const { records, users } = await gong.users.list({ cursor: "<cursor>" });',
    );
    expect(samples.get("addCall.ts")).toContain(
      'await gong.calls.add({\n    direction: "Inbound",\n    labels: {',
    );
  });

  it("falls back to the typed openapi-fetch call when the spec shows no example body", () => {
    const bare = grownSpec();
    const media = bare.paths!["/v2/calls"]!.post!.requestBody as {
      content: Record<string, { example?: unknown }>;
    };
    delete media.content["application/json"]!.example;
    const addCall = listOperations(bare).find((op) => op.operationId === "addCall")!;
    expect(typescriptSample(bare, addCall)).toContain(
      'const { data, error, response } = await gong.POST("/v2/calls");',
    );
  });

  it("renders allOf, enum, oneOf, maps and recursive schemas, with an anchor for every field", async () => {
    const history = ids(await page("reference/getUserSettingsHistory.html"));
    const historySchema = (
      doc.paths!["/v2/users/{id}/settings-history"]!.get!.responses!["200"] as {
        content: Record<string, { schema: object }>;
      }
    ).content["application/json"]!.schema;
    const paths = fieldPaths(historySchema, doc);
    expect(paths).toContainEqual(["userSettingsHistory", "startTime"]);
    for (const path of paths) expect(history).toContain(["getUserSettingsHistory", "200", ...path].join("."));

    const call = await page("reference/addCall.html");
    expect(call).toContain("one of &quot;Inbound&quot;, &quot;Outbound&quot;");
    expect(call).toContain('string | <a href="../schemas/SpokenLanguage.html">SpokenLanguage</a>');
    expect(call).toContain("map of integer");
    expect(ids(call)).toContain("addCall.request.comments.replies");
    expect(ids(call)).not.toContain("addCall.request.comments.replies.replies");
    expect(call).toContain("Raw &lt;script&gt;alert(1)&lt;/script&gt; stays text.");
    expect(call).not.toContain("<script>alert");
  });

  it("gives each guide a page with its snippets, linked from every page's nav", async () => {
    const guide = await page("guides/receiving-webhooks.html");
    expect(guide).toContain('<h1 id="top">Receiving webhooks</h1>');
    expect(guide).toContain("verifyGongWebhook");
    expect(guide).not.toMatch(/^::/m);
    expect(guide).toContain('href="../guides/receiving-webhooks.html" aria-current="page"');
    for (const file of ["index.html", "reference/addCall.html", "tags/users.html"]) {
      expect(await page(file)).toMatch(
        /href="(\.\.\/)?guides\/receiving-webhooks\.html">Receiving webhooks</,
      );
    }
  });

  it("every search entry links to an anchor that exists on its page", async () => {
    const index = JSON.parse(await page("search-index.json")) as SearchIndex;
    expect(index.p.filter((p) => p.k === "operation")).toHaveLength(4);
    expect(index.p.flatMap((p) => (p.f ?? []).map((item) => item[1]))).toEqual(
      expect.arrayContaining(["cursor", "startTime", "direction", "replies"]),
    );
    for (const link of searchLinks(index)) {
      const [file, anchor] = link.split("#");
      expect(ids(await page(file!)), link).toContain(anchor);
    }
  });
});
