// axe-core's WCAG scan of the built pages in the light and the dark theme, in real Chromium (tests run
// concurrently, each in its own browser context, so they use the test-local `expect`). Each theme is
// picked with the header's toggle while the system prefers the other one, so what is scanned is the
// toggle's theme, not the media query's.
import { readFile } from "node:fs/promises";
import { createRequire } from "node:module";
import type { AxeResults } from "axe-core";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, it } from "vitest";
import { type StaticServer, startStaticServer } from "../src/serve/static-server.ts";
import { launchChromium, openObserved } from "./support/browser.ts";
import { distDir } from "./support/build-site.ts";

let browser: Browser;
let server: StaticServer;
const axeSource = await readFile(createRequire(import.meta.url).resolve("axe-core/axe.min.js"), "utf8");

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaticServer(distDir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

type Axe = { run(context: unknown, options: unknown): Promise<AxeResults> };

/** Every violation, as "rule (impact): target" lines that say what to fix; `within` narrows the scan. */
async function violations(page: Page, { within }: { within?: string } = {}) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(
    ({ within }) =>
      (window as unknown as { axe: Axe }).axe.run(within ? { include: [within] } : document, {
        // Node details only for violations: the passes' details are what makes a full scan slow.
        resultTypes: ["violations"],
      }),
    { within },
  );
  if (results.passes.length === 0) throw new Error("axe checked nothing: the page did not render");
  return results.violations.flatMap((v) =>
    v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} ${n.failureSummary ?? ""}`),
  );
}

const themes = ["light", "dark"] as const;
type Theme = (typeof themes)[number];

/** Opens a page with the system preferring the other theme, then picks `theme` with the header's toggle. */
async function openInTheme(path: string, theme: Theme) {
  const colorScheme = theme === "light" ? "dark" : "light";
  const observed = await openObserved(browser, server.url, server.url + path, { colorScheme });
  await observed.page.locator("#theme").selectOption(theme);
  const applied = await observed.page.evaluate(() => [
    document.documentElement.dataset.theme,
    getComputedStyle(document.body).backgroundColor,
  ]);
  if (applied[0] !== theme || applied[1] !== (theme === "light" ? "rgb(255, 255, 255)" : "rgb(15, 18, 22)")) {
    throw new Error(`the toggle did not apply ${theme}: ${applied.join(", ")}`);
  }
  return observed;
}

// listAnsweredScorecards: a paged page with its paging note and 64-bit fields with their links; a schema's
// page, the schemas' index, the webhook's page and a guide with a shell snippet.
const pages = [
  "index.html",
  "reference/getUser.html",
  "reference/listAnsweredScorecards.html",
  "tags/users.html",
  "guides/receiving-webhooks.html",
  "guides/exporting.html",
  "schemas/Party.html",
  "schemas/index.html",
  "webhooks/call.html",
  "changelog.html",
];

describe.each(themes)("in the %s theme (every axe rule)", (theme) => {
  it.for(pages)("%s has no violation", async (path, { expect }) => {
    const observed = await openInTheme(path, theme);
    try {
      expect(await violations(observed.page)).toEqual([]);
    } finally {
      await observed.close();
    }
  });

  it("open search results, with a method filter pressed, have no violation", async ({ expect }) => {
    const observed = await openInTheme("reference/getUser.html", theme);
    try {
      const { page } = observed;
      await page.locator("#search-input").fill("user");
      await page.locator('button[data-method="GET"]').click();
      await expect.poll(() => page.locator("#search-results a").count()).toBeGreaterThan(3);
      await page.locator("#search-input").press("ArrowDown");
      expect(await violations(page, { within: ".topbar" })).toEqual([]);
    } finally {
      await observed.close();
    }
  });

  it("the skip link, focused, has no violation", async ({ expect }) => {
    const observed = await openInTheme("index.html", theme);
    try {
      await observed.page.locator(".skip-link").focus();
      expect(await violations(observed.page, { within: ".skip-link" })).toEqual([]);
    } finally {
      await observed.close();
    }
  });
});
