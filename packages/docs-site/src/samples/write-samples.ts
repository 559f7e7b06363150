import { mkdir, readdir, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { listOperations } from "../spec/operations.ts";
import { typescriptSample } from "./typescript-sample.ts";

/** Writes `<operationId>.ts` per operation into `dir` and removes samples of operations that are gone. */
export async function writeSamples(doc: OpenApiDocument, dir: string): Promise<string[]> {
  await mkdir(dir, { recursive: true });
  const written: string[] = [];
  for (const operation of listOperations(doc)) {
    const file = `${operation.operationId}.ts`;
    await writeFile(join(dir, file), typescriptSample(doc, operation));
    written.push(file);
  }
  for (const file of await readdir(dir)) {
    if (file.endsWith(".ts") && !written.includes(file)) await rm(join(dir, file));
  }
  return written;
}
