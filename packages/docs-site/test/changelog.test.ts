// The API changelog built from a fixture repository: two releases (a users operation; then a field added
// and one removed), read with real git and real `redocly bundle`/`diff`, rendered into a site.
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleSpec } from "@gongkit/spec-changeset/bundle-spec";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/build-site.ts";
import { atomFeed, nameUuid } from "../src/changelog/atom-feed.ts";
import type { Changelog } from "../src/changelog/changelog.ts";
import { changelogMarkdown } from "../src/changelog/changelog-markdown.ts";
import { readChangelog } from "../src/changelog/read-changelog.ts";
import { compareVersions } from "../src/changelog/release-tags.ts";
import { writeSamples } from "../src/samples/write-samples.ts";
import type { OpenApiDocument } from "../src/spec/openapi.ts";
import { createReleaseRepo, fixtureSpec, type ReleaseRepo } from "./support/changelog-repo.ts";
import { childrenNamed, parseXml, type XmlElement } from "./support/xml.ts";

const getUser = { method: "get", path: "/v2/users/{id}" };
const text = (parent: XmlElement, name: string) => childrenNamed(parent, name)[0]?.text;
/** The part of a page from one heading's id to the next section. */
const sectionOf = (html: string, id: string) => {
  const start = html.indexOf(`id="${id}"`);
  return html.slice(start, html.indexOf("</section>", start));
};

async function buildFixtureSite(dir: string, root: string, changelog: Changelog) {
  const bundled = join(dir, "spec.json");
  await bundleSpec(root, null, bundled);
  const doc = JSON.parse(await readFile(bundled, "utf8")) as OpenApiDocument;
  await writeSamples(doc, join(dir, "samples"));
  await buildSite({
    doc,
    specSha256: "0".repeat(64),
    outDir: join(dir, "site"),
    samplesDir: join(dir, "samples"),
    changelog,
  });
  return (file: string) => readFile(join(dir, "site", file), "utf8");
}

describe("a repository with two releases", () => {
  let repo: ReleaseRepo;
  let dir: string;
  let changelog: Changelog;
  let site: (file: string) => Promise<string>;

  beforeAll(async () => {
    repo = createReleaseRepo();
    dir = await mkdtemp(join(tmpdir(), "docs-site-changelog-out-"));
    repo.writeSpec(fixtureSpec("0.1.0"));
    repo.commit("spec: users", "2026-01-15T10:00:00Z");
    repo.tag("@gongkit/types@0.1.0");
    repo.tag("@gongkit/client@0.1.0");
    repo.writeSpec(fixtureSpec("0.2.0"));
    repo.commit("spec: timezone in, title out", "2026-03-02T09:30:00Z");
    repo.tag("@gongkit/types@0.2.0", { annotated: true });
    repo.tag("v9.9.9");
    changelog = await readChangelog({ repoRoot: repo.root, cacheDir: join(dir, "cache") });
    site = await buildFixtureSite(dir, repo.root, changelog);
  }, 120_000);
  afterAll(async () => {
    repo?.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it("lists 0.2.0 first with the added field and the breaking removal, and 0.1.0 as the first release", () => {
    expect(changelog.releases.map((r) => r.tag)).toEqual(["@gongkit/types@0.2.0", "@gongkit/types@0.1.0"]);
    const [second, first] = changelog.releases;
    expect(second).toMatchObject({ version: "0.2.0", previous: "0.1.0", level: "major" });
    expect(second!.date).toBe("2026-03-02T09:30:00+00:00");
    expect(second!.changes).toContainEqual({
      kind: "added",
      breaking: false,
      operation: getUser,
      subject: "field `user.timezone` in the 200 response",
    });
    expect(second!.changes).toContainEqual(
      expect.objectContaining({
        kind: "removed",
        breaking: true,
        operation: getUser,
        subject: "field `user.title` in the 200 response",
      }),
    );
    expect(first).toMatchObject({ version: "0.1.0", previous: null, size: { operations: 1, groups: 1 } });
    expect(changelog.unreleased).toBeNull();
  });

  it("changelog.html shows both versions newest first, the removal labelled breaking, operations linked", async () => {
    const html = await site("changelog.html");
    const main = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
    expect(main.indexOf('id="v0.2.0"')).toBeGreaterThan(0);
    expect(main.indexOf('id="v0.2.0"')).toBeLessThan(main.indexOf('id="v0.1.0"'));
    const v2 = sectionOf(main, "v0.2.0");
    expect(v2).toContain(
      '<time datetime="2026-03-02T09:30:00+00:00">2026-03-02</time> · major · 1 breaking change',
    );
    const added = v2.slice(v2.indexOf('id="v0.2.0-added"'), v2.indexOf('id="v0.2.0-removed"'));
    const removed = v2.slice(v2.indexOf('id="v0.2.0-removed"'));
    expect(added).toContain("<code>user.timezone</code> in the 200 response");
    expect(added).not.toContain("breaking");
    const link =
      '<a href="reference/getUser.html"><span class="method method-get">GET</span> <code>/v2/users/{id}</code></a>';
    expect(removed).toContain(
      `<li><span class="badge breaking">breaking</span> ${link}: field <code>user.title</code> in the 200 response`,
    );
    expect(sectionOf(main, "v0.1.0")).toContain("first release");
    expect(sectionOf(main, "v0.1.0")).toContain("The first release: 1 operation in 1 group.");
    expect(main).toContain('<a href="feed.xml" type="application/atom+xml">Atom feed</a>');
    expect(html).toMatch(
      /<head>[\s\S]*<link rel="alternate" type="application\/atom\+xml"[^>]* href="feed\.xml"/,
    );
    expect(html).toContain('<a href="changelog.html" aria-current="page">Changelog</a>');
  });

  it("every page links the changelog from its nav and the feed from its head", async () => {
    const page = await site("reference/getUser.html");
    expect(page).toContain('<a href="../changelog.html">Changelog</a>');
    expect(page).toMatch(/<link rel="alternate" type="application\/atom\+xml"[^>]* href="\.\.\/feed\.xml"/);
  });

  it("changelog.md says the same in Markdown", async () => {
    const md = await site("changelog.md");
    expect(md).toBe(changelogMarkdown(JSON.parse(await readFile(join(dir, "spec.json"), "utf8")), changelog));
    expect(md.indexOf("## 0.2.0")).toBeLessThan(md.indexOf("## 0.1.0"));
    expect(md).toContain("2026-03-02 · major · 1 breaking change · 2 changes");
    expect(md).toContain(
      "- [`GET /v2/users/{id}`](reference/getUser.html): field `user.timezone` in the 200 response\n",
    );
    expect(md).toContain(
      "- **breaking** [`GET /v2/users/{id}`](reference/getUser.html): field `user.title` in the 200 response",
    );
    expect(md).toContain("2026-01-15 · first release\n\nThe first release: 1 operation in 1 group.");
  });

  it("feed.xml is a valid Atom feed with one entry per release, newest first", async () => {
    const feed = parseXml(await site("feed.xml"));
    expect(feed.name).toBe("feed");
    expect(feed.attributes.xmlns).toBe("http://www.w3.org/2005/Atom");
    expect(text(feed, "id")).toMatch(
      /^urn:uuid:[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
    expect(text(feed, "title")).toBe("Fixture API changelog");
    expect(text(feed, "updated")).toBe("2026-03-02T09:30:00+00:00");
    expect(childrenNamed(feed, "link").map((l) => l.attributes)).toContainEqual({
      rel: "self",
      type: "application/atom+xml",
      href: "feed.xml",
    });
    expect(text(childrenNamed(feed, "author")[0]!, "name")).toBeTruthy();

    const entries = childrenNamed(feed, "entry");
    expect(entries.map((e) => text(e, "title"))).toEqual([
      "0.2.0: major · 1 breaking change · 2 changes",
      "0.1.0: first release",
    ]);
    for (const entry of entries) {
      expect(text(entry, "id")).toMatch(/^urn:uuid:/);
      expect(Date.parse(text(entry, "updated")!)).not.toBeNaN();
      expect(childrenNamed(entry, "content")[0]!.attributes.type).toBe("html");
    }
    expect(new Set([text(feed, "id"), ...entries.map((e) => text(e, "id"))]).size).toBe(3);
    expect(text(entries[0]!, "id")).toBe(nameUuid("@gongkit/types@0.2.0"));
    expect(childrenNamed(entries[0]!, "link")[0]!.attributes.href).toBe("changelog.html#v0.2.0");
    const content = text(entries[0]!, "content")!;
    expect(content).toContain('<span class="badge breaking">breaking</span>');
    expect(content).toContain("<code>user.title</code>");
    expect(content).toContain('href="reference/getUser.html"');
  });

  it("a second read takes every diff from the cache", async () => {
    const again = await readChangelog({ repoRoot: repo.root, cacheDir: join(dir, "cache") });
    expect(changelog.computed).toBe(2);
    expect(again.computed).toBe(0);
    expect(again).toEqual({ ...changelog, computed: 0 });
  });

  it("lists the working tree's spec change as Unreleased, and leaves it out of the feed", async () => {
    const grown = fixtureSpec("0.2.0").replace(
      "        timezone:\n",
      "        locale:\n          type: string\n          description: The user's locale.\n        timezone:\n",
    );
    repo.writeSpec(grown);
    try {
      const now = await readChangelog({ repoRoot: repo.root, cacheDir: join(dir, "cache") });
      expect(now.unreleased).toEqual({
        since: "0.2.0",
        level: "minor",
        changes: [
          {
            kind: "added",
            breaking: false,
            operation: getUser,
            subject: "field `user.locale` in the 200 response",
          },
        ],
      });
      const doc = JSON.parse(await readFile(join(dir, "spec.json"), "utf8")) as OpenApiDocument;
      expect(changelogMarkdown(doc, now)).toMatch(/^## Unreleased\n\nsince 0\.2\.0 · minor · 1 change\n/m);
      expect(childrenNamed(parseXml(atomFeed(doc, now)), "entry")).toHaveLength(2);
    } finally {
      repo.writeSpec(fixtureSpec("0.2.0"));
    }
  });

  it("a release that left the spec alone says so, without running Redocly", async () => {
    repo.writeFile("README.md", "client fix\n");
    repo.commit("client: a fix", "2026-03-09T12:00:00Z");
    repo.tag("@gongkit/types@0.2.1");
    const now = await readChangelog({ repoRoot: repo.root, cacheDir: join(dir, "cache") });
    expect(now.computed).toBe(0);
    expect(now.releases[0]).toMatchObject({
      version: "0.2.1",
      previous: "0.2.0",
      level: "none",
      changes: [],
    });
    const doc = JSON.parse(await readFile(join(dir, "spec.json"), "utf8")) as OpenApiDocument;
    expect(changelogMarkdown(doc, now)).toContain(
      "## 0.2.1\n\n2026-03-09 · no API change\n\nNo change to the API.",
    );
  });

  it("a release whose spec Redocly cannot bundle says so on its entry; the rest still lists", async () => {
    repo.writeSpec(fixtureSpec("0.2.0").replace('"#/components/schemas/UserResponse"', "./missing.yaml"));
    repo.commit("spec: a broken reference", "2026-04-01T08:00:00Z");
    repo.tag("@gongkit/types@0.3.0");
    const now = await readChangelog({ repoRoot: repo.root, cacheDir: join(dir, "cache") });
    expect(now.releases.map((r) => r.version)).toEqual(["0.3.0", "0.2.1", "0.2.0", "0.1.0"]);
    expect(now.releases[0]!.error).toBeTruthy();
    expect(now.releases[2]!.changes).toHaveLength(2);
  });
});

describe("a repository without releases", () => {
  let repo: ReleaseRepo;
  let dir: string;

  beforeAll(async () => {
    repo = createReleaseRepo();
    dir = await mkdtemp(join(tmpdir(), "docs-site-changelog-out-"));
    repo.writeSpec(fixtureSpec("0.2.0"));
    repo.commit("spec: users", "2026-05-20T16:45:00Z");
  });
  afterAll(async () => {
    repo?.remove();
    await rm(dir, { recursive: true, force: true });
  });

  it("says the API has not been released, with the spec's size, and an empty but valid feed", async () => {
    const changelog = await readChangelog({ repoRoot: repo.root, cacheDir: join(dir, "cache") });
    expect(changelog).toMatchObject({ releases: [], unreleased: null, noRelease: "no-tags", computed: 0 });
    const site = await buildFixtureSite(dir, repo.root, changelog);
    const html = await site("changelog.html");
    expect(html).toContain("The API has not been released yet");
    expect(html).toContain(
      'The spec as it is now: <a href="index.html#reference">1 operation in 1 group</a>.',
    );
    expect(await site("changelog.md")).toContain("The API has not been released yet");
    const feed = parseXml(await site("feed.xml"));
    expect(childrenNamed(feed, "entry")).toEqual([]);
    expect(text(feed, "updated")).toBe("2026-05-20T16:45:00+00:00");
  }, 60_000);

  it("a shallow clone without tags says why it lists no release", async () => {
    repo.tag("@gongkit/types@0.1.0");
    const clone = join(dir, "clone");
    execFileSync("git", ["clone", "-q", "--depth", "1", "--no-tags", `file://${repo.root}`, clone]);
    const changelog = await readChangelog({ repoRoot: clone, cacheDir: join(dir, "cache") });
    expect(changelog).toMatchObject({ releases: [], noRelease: "shallow-clone" });
  });

  it("a folder outside git lists no release and does not fail", async () => {
    const changelog = await readChangelog({ repoRoot: dir, cacheDir: join(dir, "cache") });
    expect(changelog).toMatchObject({ releases: [], noRelease: "no-git" });
  });
});

describe("release order", () => {
  it("follows semver precedence, not text order", () => {
    const versions = ["0.10.0", "1.0.0", "0.9.1", "1.0.0-next.10", "1.0.0-next.2", "1.0.0-alpha", "0.9.0"];
    expect(versions.sort(compareVersions)).toEqual([
      "0.9.0",
      "0.9.1",
      "0.10.0",
      "1.0.0-alpha",
      "1.0.0-next.2",
      "1.0.0-next.10",
      "1.0.0",
    ]);
  });
});
