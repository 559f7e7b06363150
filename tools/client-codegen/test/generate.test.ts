// The generator on a fixture spec that adds GET /v2/users (cursor query) and
// GET /v2/users/{id}/settings-history to the real users.get operation.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generateResources } from "../src/generate-resources.ts";
import type { OpenApiDocument } from "../src/spec.ts";
import { fixtureOutputs, fixtureSpecUrl, generatedDir } from "./fixtures/outputs.ts";

const fixture = JSON.parse(await readFile(fixtureSpecUrl, "utf8")) as OpenApiDocument;
const options = {
  typesModule: "./types.js",
  runtimeModule: "./runtime.js",
  source: "fixture",
  regenerate: "x",
};
const generate = (doc: OpenApiDocument) => generateResources(doc, options);

describe("generated output for the fixture", () => {
  it("the committed files in test/fixtures/generated are up to date", async () => {
    const outputs = await fixtureOutputs();
    for (const [name, text] of Object.entries(outputs)) {
      const committed = await readFile(new URL(name, generatedDir), "utf8");
      expect(committed, `run \`pnpm --filter @gongkit/client-codegen fixtures\` (${name} is stale)`).toBe(
        text,
      );
    }
  });

  it("is deterministic", () => {
    expect(generate(structuredClone(fixture))).toBe(generate(structuredClone(fixture)));
  });

  it("names methods by x-gongkit-method, with the id first and the query object after", () => {
    const source = generate(fixture);
    expect(source).toMatch(
      /\n {4}list\(query\?: NonNullable<UsersList\["parameters"\]\["query"\]>, options\?: RequestOptions\)/,
    );
    expect(source).toMatch(
      /\n {4}get\(id: UsersGet\["parameters"\]\["path"\]\["id"\], options\?: RequestOptions\)/,
    );
    expect(source).toMatch(
      /\n {4}settingsHistory\(id: UsersSettingsHistory\["parameters"\]\["path"\]\["id"\], options\?/,
    );
    expect(source).toContain('type UsersSettingsHistory = paths["/v2/users/{id}/settings-history"]["get"];');
  });

  it("validates the path-level id of settings-history with the pattern from the spec, before the request", () => {
    const source = generate(fixture);
    expect(source).toContain(`const usersSettingsHistoryId: PathParamRule = {
  name: "id",
  type: "string",
  pattern: /^[0-9]{1,20}$/u,
  requirement: "a string of 1 to 20 digits (pattern ^[0-9]{1,20}$)",
};`);
    expect(source).toContain(
      'settingsHistory: operation(rt, "GET", "/v2/users/{id}/settings-history", [usersSettingsHistoryId], "none", "none"),',
    );
    // The checking and sending live in the client's runtime (`operation`); the generated file is data.
    expect(source.match(/^export function \w+|=>|\basync\b/gm)).toEqual(["export function createResources"]);
  });

  it("writes doc comments from summary, description and parameter descriptions, and cannot be closed early", () => {
    const source = generate(fixture);
    expect(source).toContain("     * List all users\n     *\n     * List all of the company's users.");
    expect(source).toContain("@param query.cursor When paging is needed");
    expect(source).toContain("settings history. *\\/ must not end this comment.");
  });
});

/** The fixture with one operation changed by `edit`. */
function withOperation(edit: (op: Record<string, unknown>) => void): OpenApiDocument {
  const doc = structuredClone(fixture) as OpenApiDocument & {
    paths: Record<string, { get: Record<string, unknown> }>;
  };
  edit(doc.paths["/v2/users/{id}"]!.get);
  return doc;
}

describe("the generator fails loudly on what it cannot honour", () => {
  it.each([
    [
      "a missing x-gongkit-method",
      (op: Record<string, unknown>) => delete op["x-gongkit-method"],
      /no x-gongkit-method/,
    ],
    [
      "a one-segment name",
      (op: Record<string, unknown>) => (op["x-gongkit-method"] = "get"),
      /must be camelCase names joined/,
    ],
    [
      "a name used twice",
      (op: Record<string, unknown>) => (op["x-gongkit-method"] = "users.list"),
      /used twice/,
    ],
    [
      "a namespace that hides gong.GET",
      (op: Record<string, unknown>) => (op["x-gongkit-method"] = "GET.user"),
      /must be camelCase|would hide/,
    ],
    [
      "a namespace that hides gong.use",
      (op: Record<string, unknown>) => (op["x-gongkit-method"] = "use.user"),
      /would hide gong.use/,
    ],
    [
      "an invalid pattern",
      (op: Record<string, unknown>) =>
        ((op.parameters as { schema: { pattern: string } }[])[0]!.schema.pattern = "^[0-9"),
      /invalid pattern/,
    ],
    [
      "an object path parameter",
      (op: Record<string, unknown>) =>
        ((op.parameters as { schema: object }[])[0]!.schema = { type: "object" }),
      /supports string and integer/,
    ],
  ])("%s", (_name, edit, message) => {
    expect(() => generate(withOperation(edit))).toThrow(message);
  });
});

describe("requirements in words", () => {
  it.each([
    [{ type: "string", pattern: "^[0-9]{1,20}$" }, "a string of 1 to 20 digits (pattern ^[0-9]{1,20}$)"],
    [{ type: "string", pattern: "^\\d{6}$" }, "a string of exactly 6 digits (pattern ^\\d{6}$)"],
    [{ type: "string", pattern: "^[0-9]+$" }, "a string of digits (pattern ^[0-9]+$)"],
    [{ type: "string", pattern: "^[a-z]+/[a-z]+$" }, "a string matching a pattern (pattern ^[a-z]+/[a-z]+$)"],
    [{ type: "string", maxLength: 36 }, "a string of 1 to 36 characters"],
    [{ type: "string", enum: ["a", "b"] }, 'one of "a", "b"'],
    [{ type: "integer", minimum: 1 }, "an integer of at least 1"],
    [{ type: "string" }, "a non-empty string"],
  ])("%j -> %s", (schema, words) => {
    const source = generate(
      withOperation((op) => ((op.parameters as { schema: object }[])[0]!.schema = schema)),
    );
    expect(source).toContain(`requirement: ${JSON.stringify(words)}`);
  });

  it("a pattern with a slash becomes a valid regular-expression literal", () => {
    const source = generate(
      withOperation(
        (op) => ((op.parameters as { schema: object }[])[0]!.schema = { type: "string", pattern: "^a/b$" }),
      ),
    );
    expect(source).toContain("pattern: /^a\\/b$/u,");
  });
});
