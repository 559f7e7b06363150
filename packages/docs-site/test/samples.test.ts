// Every TypeScript sample and snippet the site shows compiles against the real @gongkit/client and
// @gongkit/types packages (their built declarations), so a sample that stops compiling fails CI.
import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { typescriptSample } from "../src/samples/typescript-sample.ts";
import type { OpenApiDocument } from "../src/spec/openapi.ts";
import { listOperations } from "../src/spec/operations.ts";
import { operations, spec } from "./support/spec-facts.ts";

const packageDir = fileURLToPath(new URL("../", import.meta.url));
const samplesDir = `${packageDir}src/generated/samples/`;
const snippetsDir = `${packageDir}src/snippets/`;
const tsFiles = (dir: string) =>
  readdirSync(dir)
    .filter((f) => f.endsWith(".ts"))
    .map((f) => dir + f);

/** The package's own compiler options (strict, NodeNext), so samples compile as a user's project would. */
function compilerOptions(): ts.CompilerOptions {
  const configPath = `${packageDir}tsconfig.json`;
  const { config } = ts.readConfigFile(configPath, ts.sys.readFile);
  return ts.parseJsonConfigFileContent(config, ts.sys, packageDir, undefined, configPath).options;
}

/** Type-checks `files`, with `virtual` files (path -> text) added in memory; returns readable diagnostics. */
function typeCheck(files: string[], virtual: Record<string, string> = {}): string[] {
  const options = compilerOptions();
  const host = ts.createCompilerHost(options);
  const readFile = host.readFile.bind(host);
  const fileExists = host.fileExists.bind(host);
  host.readFile = (name) => virtual[name] ?? readFile(name);
  host.fileExists = (name) => name in virtual || fileExists(name);
  const program = ts.createProgram([...files, ...Object.keys(virtual)], options, host);
  return ts.getPreEmitDiagnostics(program).map((d) => {
    const where = d.file
      ? `${d.file.fileName.replace(packageDir, "")}:${d.file.getLineAndCharacterOfPosition(d.start ?? 0).line + 1}`
      : "";
    return `${where} ${ts.flattenDiagnosticMessageText(d.messageText, "\n")}`;
  });
}

describe("TypeScript samples", () => {
  it("there is one generated sample per operation in the spec, and it is what the generator makes", () => {
    const expected = operations().map((op) => `${samplesDir}${op.operationId}.ts`);
    expect(tsFiles(samplesDir).sort()).toEqual(expected.sort());
    for (const op of listOperations(spec as unknown as OpenApiDocument)) {
      expect(readFileSync(`${samplesDir}${op.operationId}.ts`, "utf8")).toBe(
        typescriptSample(spec as unknown as OpenApiDocument, op),
      );
    }
  });

  it("every generated sample and getting-started snippet compiles against @gongkit/client", () => {
    const files = [...tsFiles(samplesDir), ...tsFiles(snippetsDir)];
    expect(files.length).toBeGreaterThanOrEqual(5);
    expect(typeCheck(files)).toEqual([]);
  });

  it("a sample that misuses the client does not compile (the check can fail)", () => {
    const sample = readFileSync(`${samplesDir}getUser.ts`, "utf8");
    const broken = sample
      .replace('gong.users.get("234599484848423")', "gong.users.get(234599484848423)")
      .replace("error.retryAfterMs", "error.retryAfterSeconds");
    expect(broken).not.toBe(sample);
    // A 64-bit id passed as a number, and a paged item used as something it is not.
    const meeting = readFileSync(`${samplesDir}updateMeeting.ts`, "utf8");
    const brokenMeeting = meeting.replace(
      'gong.meetings.update("7782342274025937"',
      "gong.meetings.update(7782342274025937",
    );
    const users = readFileSync(`${samplesDir}listUsers.ts`, "utf8");
    const brokenUsers = users.replace("console.log(user);", "console.log(user.noSuchField);");
    expect(brokenMeeting).not.toBe(meeting);
    expect(brokenUsers).not.toBe(users);
    const diagnostics = typeCheck([], {
      [`${samplesDir}broken-sample.ts`]: broken,
      [`${samplesDir}broken-meeting.ts`]: brokenMeeting,
      [`${samplesDir}broken-users.ts`]: brokenUsers,
    }).join("\n");
    expect(diagnostics).toMatch(/broken-sample\.ts:\d+ Argument of type 'number'/);
    expect(diagnostics).toMatch(/retryAfterSeconds/);
    expect(diagnostics).toMatch(
      /broken-meeting\.ts:\d+ Argument of type 'number' is not assignable to parameter of type 'string'/,
    );
    expect(diagnostics).toMatch(/broken-users\.ts:\d+ Property 'noSuchField' does not exist/);
  });

  it("paged operations' samples iterate every item with for await (the spec's x-gongkit-pagination)", () => {
    const paged = operations().filter((op) => op.pagination !== undefined);
    expect(paged.length).toBeGreaterThan(0);
    for (const op of paged) {
      expect(readFileSync(`${samplesDir}${op.operationId}.ts`, "utf8"), op.operationId).toMatch(
        new RegExp(`for await \\(const \\w+ of gong\\.${op.clientMethod!.replace(".", "\\.")}\\(`),
      );
    }
  });
});
