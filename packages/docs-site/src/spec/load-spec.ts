import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { OpenApiDocument } from "./openapi.ts";

export interface LoadedSpec {
  doc: OpenApiDocument;
  path: string;
  sha256: string;
}

/** The bundled spec (`@gongkit/spec/openapi.json`, built by `redocly bundle`), read fresh on every call. */
export async function loadSpec(path = createRequire(import.meta.url).resolve("@gongkit/spec/openapi.json")) {
  const text = await readFile(path, "utf8");
  const sha256 = createHash("sha256").update(text).digest("hex");
  return { doc: JSON.parse(text) as OpenApiDocument, path, sha256 } satisfies LoadedSpec;
}
