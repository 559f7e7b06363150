// Loads the tool's own fixtures (test/fixtures/*.json) as fresh objects a test may change.
import { readFileSync } from "node:fs";
import { compareDocuments } from "../src/compare-documents.ts";
import { flattenDocument } from "../src/flatten-document.ts";
import type { OpenApiDocument } from "../src/openapi.ts";

export const fixturePath = (name: string): string => new URL(`fixtures/${name}`, import.meta.url).pathname;

// biome-ignore lint/suspicious/noExplicitAny: fixtures are edited freely, as plain JSON
export type Json = any;

export function fixture(name: string): Json {
  return JSON.parse(readFileSync(fixturePath(name), "utf8"));
}

/** The differences between two documents, as `path [kind] text` lines. */
export function differenceLines(gong: Json, spec: Json): string[] {
  const { differences } = compareDocuments(
    flattenDocument(gong as OpenApiDocument),
    flattenDocument(spec as OpenApiDocument),
  );
  return differences.map(({ path, kind, text }) => `${path} [${kind}] ${text}`);
}
