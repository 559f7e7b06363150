// Generated samples and examples are highlighted line by line (each distinct line once): the markup
// must be exactly what highlighting the whole block gives.
import hljs from "highlight.js/lib/core";
import { describe, expect, it } from "vitest";
import { highlight } from "../src/render/highlight.ts";
import { curlSamples } from "../src/samples/curl-sample.ts";
import { typescriptSample } from "../src/samples/typescript-sample.ts";
import type { OpenApiDocument } from "../src/spec/openapi.ts";
import { listOperations } from "../src/spec/operations.ts";
import { grownSpec } from "./fixtures/grown-spec.ts";
import { manyOperationsSpec } from "./fixtures/many-operations.ts";
import { spec } from "./support/spec-facts.ts";

const whole = (code: string, language: string) =>
  hljs.highlight(code, { language, ignoreIllegals: true }).value;

function generatedBlocks(doc: OpenApiDocument): [string, string][] {
  return listOperations(doc).flatMap((op) => [
    ["typescript", typescriptSample(doc, op)] as [string, string],
    ...curlSamples(doc, op).map((s): [string, string] => ["bash", s.command]),
    ...[...op.responses.flatMap((r) => r.bodies), ...(op.requestBody?.bodies ?? [])]
      .flatMap((b) => b.examples)
      .map((e): [string, string] => ["json", JSON.stringify(e.value, null, 2)]),
  ]);
}

describe("highlighting line by line", () => {
  it("gives the same markup as the whole block for every generated sample and example", () => {
    const docs = [spec as unknown as OpenApiDocument, grownSpec(), manyOperationsSpec(3, 5, 2)];
    const blocks = docs.flatMap(generatedBlocks);
    expect(new Set(blocks.map(([language]) => language))).toEqual(new Set(["typescript", "bash", "json"]));
    for (const [language, code] of blocks)
      expect(highlight(code, language, { byLine: true })).toBe(whole(code, language));
  });

  it("falls back to the whole block when a line leaves a string or comment open", () => {
    const code = "const a = `first\n\nsecond`;\n/* a\n comment */ const c = 1;";
    expect(highlight(code, "typescript", { byLine: true })).toBe(whole(code, "typescript"));
    expect(whole(code, "typescript")).toContain('<span class="hljs-string">`first\n\nsecond');
  });
});
