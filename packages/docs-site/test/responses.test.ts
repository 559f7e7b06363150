// Every documented response, every status, with its example body: the media example, the named examples,
// or else the schema's own example.
import { beforeAll, describe, expect, it } from "vitest";
import { operationPage } from "../src/render/operation-page.ts";
import { Page } from "../src/render/page.ts";
import type { OpenApiDocument, Response } from "../src/spec/openapi.ts";
import { listOperations } from "../src/spec/operations.ts";
import { distDir } from "./support/build-site.ts";
import { readPages, textById } from "./support/site-pages.ts";
import { spec } from "./support/spec-facts.ts";

type Json = Record<string, unknown>;
let pages = new Map<string, string>();
beforeAll(async () => {
  pages = await readPages(distDir);
});

function deref(node: unknown): Json {
  let current = node as Json;
  while (typeof current?.$ref === "string")
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .reduce<Json>((n, k) => n[k.replaceAll("~1", "/")] as Json, spec);
  return current;
}

describe("responses", () => {
  it("shows each status's example body on every operation page, not only the 200's", () => {
    let checked = 0;
    const statuses = new Set<string>();
    for (const item of Object.values(spec.paths as Record<string, Record<string, Json>>)) {
      for (const op of Object.values(item)) {
        const id = op.operationId as string;
        const html = pages.get(`reference/${id}.html`)!;
        for (const [status, ref] of Object.entries(op.responses as Json)) {
          const media = (deref(ref).content as Record<string, Json> | undefined)?.["application/json"];
          if (media === undefined) continue;
          const first = media.example ?? deref(Object.values((media.examples as Json) ?? {})[0]).value;
          if (first === undefined) continue;
          const shown = textById(html, `${id}.${status}.example-1`);
          expect(shown, `${id} ${status}`).toBeDefined();
          expect(JSON.parse(shown!), `${id} ${status}`).toEqual(first);
          statuses.add(status);
          checked += 1;
        }
      }
    }
    expect(checked).toBeGreaterThan(300);
    expect([...statuses].sort()).toEqual(
      expect.arrayContaining(["200", "201", "400", "401", "403", "404", "429", "500"]),
    );
  });

  it("falls back to the schema's example where the response has no media example", () => {
    const doc = structuredClone(spec) as unknown as OpenApiDocument;
    const getUser = doc.paths!["/v2/users/{id}"]!.get!;
    const notFound = { ...(getUser.responses!["404"] as Response) };
    notFound.content = {
      "application/json": {
        schema: {
          type: "object",
          properties: { errors: { type: "array", items: { type: "string" } } },
          example: { errors: ["no such user"] },
        },
      },
    };
    getUser.responses!["404"] = notFound;
    const op = listOperations(doc).find((o) => o.operationId === "getUser")!;
    const html = operationPage(new Page("../"), doc, op, { typescript: "", curl: [], gong: [] }).value;
    expect(textById(html, "getUser.404.example-1")).toBe(
      JSON.stringify({ errors: ["no such user"] }, null, 2),
    );
    expect(html).toContain("Example: the schema&#39;s example");
  });
});
