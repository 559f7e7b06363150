import { execFile } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { promisify } from "node:util";
import { generateResources } from "@gongkit/client-codegen";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateSpec, type Json, type JsonObject } from "../src/generate-spec.ts";
import { redoclyConfig } from "../src/redocly-config.ts";

const run = promisify(execFile);
const METHODS = ["get", "put", "post", "delete", "patch"];

function operationsOf(doc: JsonObject): JsonObject[] {
  return Object.values(doc.paths as JsonObject).flatMap((item) =>
    METHODS.flatMap((method) => ((item as JsonObject)[method] ?? []) as JsonObject[]),
  );
}

function refsIn(value: Json, found: string[] = []): string[] {
  if (Array.isArray(value)) for (const item of value) refsIn(item, found);
  else if (value !== null && typeof value === "object") {
    for (const [key, item] of Object.entries(value)) {
      if (key === "$ref" && typeof item === "string") found.push(item);
      else refsIn(item, found);
    }
  }
  return found;
}

describe("generateSpec", () => {
  it.each([10, 100, 1_000])(
    "writes exactly %i operations, each with a unique operationId and client method",
    (n) => {
      const operations = operationsOf(generateSpec(n));
      expect(operations).toHaveLength(n);
      expect(new Set(operations.map((op) => op.operationId)).size).toBe(n);
      const methods = operations.map((op) => op["x-gongkit-method"]);
      expect(new Set(methods).size).toBe(n);
      for (const method of methods) expect(method).toMatch(/^[a-z][A-Za-z0-9]*\.[a-z][A-Za-z0-9]*$/);
    },
  );

  it("is deterministic", () => {
    expect(JSON.stringify(generateSpec(100))).toBe(JSON.stringify(generateSpec(100)));
  });

  it("shares components: every $ref resolves, and records point at the shared schemas", () => {
    const doc = generateSpec(100);
    const refs = refsIn(doc);
    for (const ref of refs) {
      const target = ref
        .slice(2)
        .split("/")
        .reduce<Json | undefined>((node, key) => (node as JsonObject | undefined)?.[key], doc);
      expect(target, ref).toBeDefined();
    }
    expect(refs.filter((ref) => ref === "#/components/schemas/UserReference")).toHaveLength(20);
    expect(refs.filter((ref) => ref === "#/components/responses/RateLimitExceeded")).toHaveLength(100);
  });

  it.each([0, 7, -5, 2.5])("refuses %s operations (a positive multiple of 5)", (n) => {
    expect(() => generateSpec(n)).toThrow(RangeError);
  });

  it("is accepted by the client generator: one method per operation, numbered namespaces past 20 resources", () => {
    const source = generateResources(generateSpec(200) as never, {
      typesModule: "@gongkit/types",
      runtimeModule: "../resource-runtime.js",
      source: "synthetic",
    });
    // Each operation is typed once in GongResources and bound once in the table createResources returns.
    expect(source.match(/^ {4}\w+\(.*\): (Promise|PagePromise)<.*>;$/gm)).toHaveLength(200);
    expect(source.match(/^ {6}\w+: operation\(rt, "[A-Z]+", "\/[^"]*"/gm)).toHaveLength(200);
    expect(source).toContain("calls2: {");
  });
});

describe("a synthetic spec under spec/'s lint rules", () => {
  let dir: string;
  beforeAll(async () => {
    dir = await mkdtemp(join(tmpdir(), "synthetic-spec-"));
  });
  afterAll(() => rm(dir, { recursive: true, force: true }));

  it("passes `redocly lint` with spec/redocly.yaml", async () => {
    await writeFile(join(dir, "openapi.json"), JSON.stringify(generateSpec(10)));
    await writeFile(join(dir, "redocly.yaml"), await redoclyConfig());
    const require = createRequire(import.meta.url);
    const cliPackage = require.resolve("@redocly/cli/package.json");
    const { bin } = JSON.parse(await readFile(cliPackage, "utf8")) as { bin: { redocly: string } };
    const { stdout, stderr } = await run(process.execPath, [join(dirname(cliPackage), bin.redocly), "lint"], {
      cwd: dir,
      env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
    });
    expect(`${stdout}${stderr}`).toContain("Your API description is valid");
    expect(`${stdout}${stderr}`).not.toMatch(/warning/i);
  }, 30_000);
});
