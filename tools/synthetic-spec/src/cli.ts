#!/usr/bin/env node
// `synthetic-spec <outDir> [sizes...]`: writes <outDir>/<size>/openapi.json and a redocly.yaml
// carrying spec/'s lint rules, for each size (default: 10 100 1000 5000).
import { mkdir, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { BENCH_SIZES, generateSpec } from "./generate-spec.ts";
import { redoclyConfig } from "./redocly-config.ts";

const [outDir, ...sizeArgs] = process.argv.slice(2);
if (outDir === undefined) {
  console.error("usage: synthetic-spec <outDir> [sizes...]");
  process.exit(2);
}
const sizes = sizeArgs.length > 0 ? sizeArgs.map(Number) : [...BENCH_SIZES];
const config = await redoclyConfig();
for (const size of sizes) {
  const dir = join(outDir, String(size));
  await mkdir(dir, { recursive: true });
  await writeFile(join(dir, "openapi.json"), `${JSON.stringify(generateSpec(size), null, 2)}\n`);
  await writeFile(join(dir, "redocly.yaml"), config);
  console.log(`${dir}/openapi.json: ${size} operations`);
}
