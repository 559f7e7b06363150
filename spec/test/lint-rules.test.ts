// gongkit's own lint rules (plugins/gongkit.js), run by `redocly lint` on a copy of spec/ with one
// declaration broken: each must fail, naming the rule.
import { execFile } from "node:child_process";
import { cp, mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { afterAll, describe, expect, it } from "vitest";

const specDir = new URL("..", import.meta.url).pathname;
const redocly = join(specDir, "node_modules", ".bin", "redocly");
const copies: string[] = [];
afterAll(() => Promise.all(copies.map((dir) => rm(dir, { recursive: true, force: true }))));

/** Lints a copy of spec/ in which `file` was edited by `edit`; resolves to the problems printed. */
async function lintWith(file: string, edit: (text: string) => string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), "gongkit-spec-"));
  copies.push(dir);
  await cp(specDir, dir, {
    recursive: true,
    filter: (source) => !/\/(node_modules|dist)(\/|$)/.test(source),
  });
  const path = join(dir, file);
  const before = await readFile(path, "utf8");
  const after = edit(before);
  expect(after, "the edit changed nothing").not.toBe(before);
  await writeFile(path, after);
  try {
    await promisify(execFile)(redocly, ["lint", "--format=stylish"], { cwd: dir });
    return "";
  } catch (error) {
    return String((error as { stdout?: string }).stdout);
  }
}

describe("gongkit lint rules", () => {
  it("the spec as it is passes", async () => {
    const { stdout, stderr } = await promisify(execFile)(redocly, ["lint", "--format=stylish"], {
      cwd: specDir,
    });
    expect(stdout + stderr).toContain("Your API description is valid");
  });

  it("a paged operation without x-gongkit-pagination fails", async () => {
    const out = await lintWith("users/paths/users.yaml", (t) =>
      t.replace(/ {2}x-gongkit-pagination:\n( {4}.*\n)+/, ""),
    );
    expect(out).toMatch(/users\/paths\/users\.yaml[\s\S]*gongkit\/pagination-declared[\s\S]*records\.cursor/);
  });

  it("pagination naming items that are not an array of the body fails", async () => {
    const out = await lintWith("users/paths/users.yaml", (t) => t.replace("items: users", "items: people"));
    expect(out).toContain(
      'x-gongkit-pagination.items must name an array property of the 200 body (got "people")',
    );
  });

  it("a POST without x-gongkit-idempotent fails", async () => {
    const out = await lintWith("calls/paths/calls.yaml", (t) =>
      t.replace(/ {2}x-gongkit-idempotent: false\n/, ""),
    );
    expect(out).toMatch(/calls\/paths\/calls\.yaml[\s\S]*gongkit\/post-idempotency/);
  });

  it("an operation under paths without x-gongkit-method fails (webhooks, which Gong sends, need none)", async () => {
    const out = await lintWith("users/paths/users_{id}.yaml", (t) =>
      t.replace(/ {2}x-gongkit-method: .*\n/, ""),
    );
    expect(out).toMatch(/users\/paths\/users_\{id\}\.yaml[\s\S]*rule\/operation-client-method/);
  });

  it("an integer example above 2^53 fails", async () => {
    const out = await lintWith("settings/schemas/Scorecard.yaml", (t) =>
      t.replace(/example: 6843152929075440$/m, "example: 6843152929075440037"),
    );
    expect(out).toMatch(/gongkit\/safe-integer-examples[\s\S]*6843152929075440000 is above 2\^53/);
  });
});
