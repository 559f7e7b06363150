import { readFile } from "node:fs/promises";
import { describe, expect, test } from "vitest";
import { findMissingSeedLines, normalizeText } from "./seed-fidelity.ts";

// The seed page's descriptions, kept in the repo (see fixtures/README.md) so any clone can run this.
const seedUrl = new URL("./fixtures/seed-descriptions.txt", import.meta.url);
const seedText = await readFile(seedUrl, "utf8");
const spec = JSON.parse(await readFile(new URL("../dist/openapi.json", import.meta.url), "utf8"));
const seedLines = [...new Set(seedText.split("\n").map(normalizeText).filter(Boolean))];

test("the fixture is the seed's 46 description lines", () => {
  expect(seedText.split("\n")).toHaveLength(46);
});

describe("the spec holds every description of the seed page", () => {
  test.each(seedLines)("%s", (line) => {
    expect(findMissingSeedLines(spec, line)).toEqual([]);
  });
});

test("dropping a description is caught, naming the line", () => {
  const mutated = structuredClone(spec);
  const settings = mutated.components.schemas.Settings.properties;
  delete settings.gongConnectEnabled.description;
  expect(findMissingSeedLines(mutated, seedText)).toEqual([
    "True if the team member has Gong Connect enabled, false if not.",
  ]);
});

test("the seed's typo is matched by its fix, and whitespace is folded", () => {
  expect(normalizeText("Required authorizaton scope:\n  'api:users:read'.")).toBe(
    "Required authorization scope: 'api:users:read'.",
  );
});
