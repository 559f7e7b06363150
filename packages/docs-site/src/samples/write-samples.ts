import { mkdir, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { listOperations } from "../spec/operations.ts";
import { typescriptSample } from "./typescript-sample.ts";

/**
 * Writes `<operationId>.ts` per operation into `dir` (only files whose text changes, so readers of an
 * unchanged sample never see it half-written) and removes samples of operations that are gone.
 */
export async function writeSamples(doc: OpenApiDocument, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const operation of listOperations(doc)) {
    const file = `${operation.operationId}.ts`;
    const text = typescriptSample(doc, operation);
    const current = await readFile(join(dir, file), "utf8").catch(() => undefined);
    if (current !== text) await writeFile(join(dir, file), text);
    written.push(file);
  }
  for (const file of await readdir(dir)) {
    if (file.endsWith(".ts") && !written.includes(file)) await rm(join(dir, file));
  }
  return written;
}
