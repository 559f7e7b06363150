import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, expect, test } from "vitest";
import { consumerCheck } from "../src/consumer-check.ts";
import { packPackages } from "../src/pack-packages.ts";

let packDir: string;
let tarballs: string[];

beforeAll(async () => {
  packDir = await mkdtemp(join(tmpdir(), "gongkit-pack-test-"));
  tarballs = await packPackages(packDir);
}, 120_000);
afterAll(() => rm(packDir, { recursive: true, force: true }));

test("a fresh npm project installs the packed packages, type-checks (nodenext, bundler) and runs on every Node", async () => {
  const result = await consumerCheck(tarballs);
  const log = result.log.join("\n\n");
  expect(result.ok, log).toBe(true);
  expect(log).toContain("tsc -p tsconfig.nodenext.json -> exit 0");
  expect(log).toContain("tsc -p tsconfig.bundler.json -> exit 0");
  expect(log).toMatch(/node v\d+\.\d+\.\d+ out\/main\.js -> exit 0\n.*4 passed, 0 failed/);
}, 240_000);

/** Repacks a tarball with `edit` applied to one file inside it. */
async function tamper(tarball: string, file: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(packDir, "tamper-"));
  execFileSync("tar", ["-xzf", tarball, "-C", dir]);
  const path = join(dir, "package", file);
  await writeFile(path, edit(await readFile(path, "utf8")));
  const out = join(dir, "tampered.tgz");
  execFileSync("tar", ["-czf", out, "-C", dir, "package"]);
  return out;
}

test("the check fails, naming it, when an export is removed", async () => {
  const client = tarballs.find((path) => path.includes("gongkit-client"))!;
  const removed = await tamper(client, "dist/index.d.ts", (text) => {
    const edited = text.replace(/\bGongNotFoundError,\s*/, "");
    expect(edited).not.toBe(text);
    return edited;
  });
  const result = await consumerCheck(tarballs.map((path) => (path === client ? removed : path)));
  expect(result.ok).toBe(false);
  expect(result.log.join("\n")).toMatch(/has no exported member .*GongNotFoundError/);
}, 240_000);

test("the check fails when a package ships files it should not", async () => {
  const types = tarballs.find((path) => path.includes("gongkit-types"))!;
  const leaky = await tamper(types, "package.json", (text) => {
    const manifest = JSON.parse(text);
    delete manifest.repository;
    return JSON.stringify(manifest);
  });
  const result = await consumerCheck(tarballs.map((path) => (path === types ? leaky : path)));
  expect(result.ok).toBe(false);
  expect(result.log.join("\n")).toContain('@gongkit/types/package.json lacks "repository"');
}, 240_000);
