// The page script ships from the committed src/generated/site.js; the build refuses it once site.ts changes.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { browserScript } from "../src/browser/browser-script.ts";
import { generateBrowserScript } from "../src/browser/transpile.ts";

const read = (path: string) => readFile(new URL(`../${path}`, import.meta.url), "utf8");

describe("the generated page script", () => {
  it("is what the generator makes from site.ts, and the build ships it without its header", async () => {
    const [source, generated] = await Promise.all([
      read("src/browser/site.ts"),
      read("src/generated/site.js"),
    ]);
    expect(generated).toBe(generateBrowserScript(source));
    const shipped = browserScript(source, generated, "site.js");
    expect(shipped.startsWith("(() => {\n")).toBe(true);
    expect(shipped).toContain("search-index.json");
    expect(shipped).not.toContain(": SearchIndex");
  });

  it("is refused when site.ts changed since, or when it is missing", async () => {
    const [source, generated] = await Promise.all([
      read("src/browser/site.ts"),
      read("src/generated/site.js"),
    ]);
    expect(() => browserScript(`${source}\n// changed\n`, generated, "site.js")).toThrow(/pnpm generate/);
    expect(() => browserScript(source, undefined, "site.js")).toThrow(/missing or out of date/);
  });
});
