// The staging writer: files land in a fresh folder by a thread, which replaces the output only when all were written.
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterEach, beforeEach, describe, expect, it } from "vitest";
import { SiteWriter } from "../src/site-writer.ts";

let dir: string;
beforeEach(async () => {
  dir = await mkdtemp(join(tmpdir(), "docs-site-writer-"));
  await mkdir(join(dir, "out"));
  await writeFile(join(dir, "out/old.html"), "previous build");
});
afterEach(() => rm(dir, { recursive: true, force: true }));

describe("SiteWriter", () => {
  it("writes every file, more than it queues at once, then replaces the output folder", async () => {
    const site = new SiteWriter(join(dir, "out.building"));
    for (let i = 0; i < 300; i++) site.write(`reference/page${i}.html`, `page ${i}`);
    site.write("index.html", "index");
    await site.replace(join(dir, "out"));
    expect(site.files).toHaveLength(301);
    expect((await readdir(join(dir, "out"))).sort()).toEqual(["index.html", "reference"]);
    expect(await readdir(join(dir, "out/reference"))).toHaveLength(300);
    expect(await readFile(join(dir, "out/reference/page299.html"), "utf8")).toBe("page 299");
    expect(await readdir(dir)).toEqual(["out"]);
  });

  it("reports a write that failed and leaves the output folder as it was", async () => {
    const site = new SiteWriter(join(dir, "out.building"));
    site.write("reference/a.html", "a");
    site.write("reference", "a file where the folder is");
    await expect(site.replace(join(dir, "out"))).rejects.toThrow(/writing the site failed: .*EISDIR/);
    expect(await readdir(join(dir, "out"))).toEqual(["old.html"]);
  });
});
