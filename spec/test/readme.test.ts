// spec/README.md lists every client method; the table must be the spec's, row for row.
import { readFile } from "node:fs/promises";
import { expect, test } from "vitest";

const spec = JSON.parse(await readFile(new URL("../dist/openapi.json", import.meta.url), "utf8")) as {
  paths: Record<string, Record<string, { tags: string[]; "x-gongkit-method": string }>>;
};
const readme = await readFile(new URL("../README.md", import.meta.url), "utf8");

test("the README's method table names every operation's method, and nothing else", () => {
  const fromSpec = Object.entries(spec.paths).flatMap(([path, item]) =>
    ["get", "post", "put", "patch", "delete"]
      .filter((method) => item[method] !== undefined)
      .map((method) => `${method.toUpperCase()} ${path} gong.${item[method]!["x-gongkit-method"]}`),
  );
  const rows = [...readme.matchAll(/^\| [^|]+ \| `([A-Z]+ [^`]+)` \| `(gong\.[\w.]+)` \|/gm)].map(
    ([, operation, method]) => `${operation} ${method}`,
  );
  expect(fromSpec).toHaveLength(68);
  expect(rows.sort()).toEqual(fromSpec.sort());
});
