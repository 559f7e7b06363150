import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";
import { typeCheckUsage } from "../src/usage-gate.ts";

const usage = await readFile(new URL("../consumer/usage.ts", import.meta.url), "utf8");

test("today's usage file compiles against today's packages", async () => {
  const result = await typeCheckUsage(usage);
  expect(result.output).toBe("");
  expect(result.compiles).toBe(true);
});

test("usage of a field or export the packages no longer have does not compile", async () => {
  const removedField = `${usage}\nexport const gone = (u: import("@gongkit/types").UserMetadata) => u.nickname;\n`;
  const removedExport = usage.replace("GongTimeoutError,", "GongTimeoutError,\n  GongQuotaError,");
  for (const source of [removedField, removedExport]) {
    const result = await typeCheckUsage(source);
    expect(result.compiles).toBe(false);
    expect(result.output).toMatch(/nickname|GongQuotaError/);
  }
});
