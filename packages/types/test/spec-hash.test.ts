import { createHash } from "node:crypto";
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { expect, test } from "vitest";
import { specSha256 } from "../src/index.js";

test("the types were generated from the current bundled spec (else run `pnpm generate`)", async () => {
  const specPath = createRequire(import.meta.url).resolve("@gongkit/spec/openapi.json");
  const current = createHash("sha256")
    .update(await readFile(specPath))
    .digest("hex");
  expect(specSha256).toBe(current);
});
