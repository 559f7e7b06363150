// The changelog page in real Chromium: axe-core finds no serious or critical violation in light or dark
// mode (breaking labels included), and the browser's own XML parser reads feed.xml as Atom. The site is
// the real spec's, with a changelog written out here (the git and Redocly side is changelog.test.ts's).
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import type { AxeResults } from "axe-core";
import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { buildSite } from "../src/build-site.ts";
import type { Changelog } from "../src/changelog/changelog.ts";
import { type StaticServer, startStaticServer } from "../src/serve/static-server.ts";
import { loadSpec } from "../src/spec/load-spec.ts";
import { launchChromium, openObserved } from "./support/browser.ts";

const getUser = { method: "get", path: "/v2/users/{id}" };
const changelog: Changelog = {
  releases: [
    {
      tag: "@gongkit/types@0.2.0",
      version: "0.2.0",
      date: "2026-03-02T09:30:00+00:00",
      previous: "0.1.0",
      level: "major",
      changes: [
        {
          kind: "added",
          breaking: false,
          operation: getUser,
          subject: "field `user.timezone` in the 200 response",
        },
        {
          kind: "changed",
          breaking: true,
          operation: getUser,
          subject: "the `enum` of field `user.status` in the 200 response",
          note: "Enum of `status` gained values: 'Away'.",
        },
        {
          kind: "removed",
          breaking: true,
          operation: getUser,
          subject: "field `user.title` in the 200 response",
        },
        {
          kind: "removed",
          breaking: true,
          operation: { method: "get", path: "/v2/gone" },
          subject: "the operation",
        },
      ],
    },
    {
      tag: "@gongkit/types@0.1.0",
      version: "0.1.0",
      date: "2026-01-15T10:00:00+00:00",
      previous: null,
      level: "none",
      changes: [],
      size: { operations: 53, groups: 15 },
    },
  ],
  unreleased: {
    since: "0.2.0",
    level: "minor",
    changes: [{ kind: "added", breaking: false, operation: getUser, subject: "query parameter `locale`" }],
  },
  headDate: null,
  computed: 0,
};

let dir: string;
let browser: Browser;
let server: StaticServer;
const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "docs-site-changelog-browser-"));
  const { doc, sha256 } = await loadSpec();
  await buildSite({ doc, specSha256: sha256, outDir: dir, changelog });
  [browser, server] = await Promise.all([launchChromium(), startStaticServer(dir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
  await rm(dir, { recursive: true, force: true });
});

type Axe = { run(context: unknown, options: unknown): Promise<AxeResults> };

describe("changelog.html", () => {
  it.for(["light", "dark"] as const)(
    "has no serious or critical axe violation in %s mode",
    async (colorScheme) => {
      const observed = await openObserved(browser, server.url, `${server.url}changelog.html`, {
        colorScheme,
      });
      try {
        expect(observed.errors).toEqual([]);
        expect(observed.crossOrigin).toEqual([]);
        expect(await observed.page.locator("#v0\\.2\\.0-removed + ul li").first().textContent()).toMatch(
          /^breaking /,
        );
        await observed.page.addScriptTag({ content: axeSource });
        const results = await observed.page.evaluate(
          (runOnly) =>
            (window as unknown as { axe: Axe }).axe.run(document, {
              resultTypes: ["violations"],
              ...(runOnly ? { runOnly } : {}),
            }),
          colorScheme === "dark" ? ["color-contrast"] : undefined,
        );
        const serious = results.violations
          .filter((v) => v.impact === "serious" || v.impact === "critical")
          .flatMap((v) => v.nodes.map((n) => `${v.id}: ${n.target.join(" ")}`));
        expect(serious).toEqual([]);
      } finally {
        await observed.close();
      }
    },
  );
});

describe("feed.xml", () => {
  it("parses as Atom in the browser's XML parser, one entry per release", async () => {
    const observed = await openObserved(browser, server.url, `${server.url}changelog.html`);
    try {
      const feed = await observed.page.evaluate(async () => {
        const text = await (await fetch("feed.xml")).text();
        const xml = new DOMParser().parseFromString(text, "application/xml");
        const atom = "http://www.w3.org/2005/Atom";
        return {
          errors: xml.getElementsByTagName("parsererror").length,
          root: `${xml.documentElement.namespaceURI} ${xml.documentElement.localName}`,
          entries: [...xml.getElementsByTagNameNS(atom, "entry")].map(
            (e) => e.getElementsByTagNameNS(atom, "title")[0]?.textContent,
          ),
          discovered: document
            .querySelector('link[rel="alternate"][type="application/atom+xml"]')
            ?.getAttribute("href"),
        };
      });
      expect(feed).toEqual({
        errors: 0,
        root: "http://www.w3.org/2005/Atom feed",
        entries: ["0.2.0: major · 3 breaking changes · 4 changes", "0.1.0: first release"],
        discovered: "feed.xml",
      });
    } finally {
      await observed.close();
    }
  });
});
