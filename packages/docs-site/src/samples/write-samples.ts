import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { listOperations } from "../spec/operations.ts";
import { typescriptSample } from "./typescript-sample.ts";

/**
 * Writes `<operationId>.ts` per operation into `dir` (only files whose text changes, so readers of an
 * unchanged sample never see it half-written) and removes samples of operations that are gone.
 * Synchronous: thousands of small files go faster that way than through promises.
 */
export async function writeSamples(doc: OpenApiDocument, dir: string): Promise<string[]> {
  mkdirSync(dir, { recursive: true });
  const existing = new Set(readdirSync(dir).filter((file) => file.endsWith(".ts")));
  const written: string[] = [];
  for (const operation of listOperations(doc)) {
    const file = `${operation.operationId}.ts`;
    const text = typescriptSample(doc, operation);
    const path = join(dir, file);
    if (!existing.delete(file) || readFileSync(path, "utf8") !== text) writeFileSync(path, text);
    written.push(file);
  }
  for (const file of existing) rmSync(join(dir, file));
  return written;
}
