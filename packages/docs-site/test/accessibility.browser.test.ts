// axe-core's WCAG scan of the built pages in light and dark mode, in real Chromium (tests run
// concurrently, each in its own browser context, so they use the test-local `expect`).
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

/**
 * Serious and critical violations, as "rule: target" lines that say what to fix. `rules` narrows the
 * scan (dark mode changes only colours, so it needs only the contrast rule).
 */
async function seriousViolations(page: Page, { rules, within }: { rules?: string[]; within?: string } = {}) {
  await page.addScriptTag({ content: axeSource });
  const results = await page.evaluate(
    ({ runOnly, within }) =>
      (window as unknown as { axe: Axe }).axe.run(within ? { include: [within] } : document, {
        // Node details only for violations: the passes' details are what makes a full scan slow.
        resultTypes: ["violations"],
        ...(runOnly ? { runOnly } : {}),
      }),
    { runOnly: rules, within },
  );
  if (results.passes.length === 0) throw new Error("axe checked nothing: the page did not render");
  return results.violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .flatMap((v) =>
      v.nodes.map((n) => `${v.id} (${v.impact}): ${n.target.join(" ")} ${n.failureSummary ?? ""}`),
    );
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
];

describe("in light mode (every axe rule)", () => {
  it.for(pages)("%s has no serious or critical violation", async (path, { expect }) => {
    const observed = await openObserved(browser, server.url, server.url + path, { colorScheme: "light" });
    try {
      expect(await seriousViolations(observed.page)).toEqual([]);
    } finally {
      await observed.close();
    }
  });
});

describe("in dark mode (colour contrast)", () => {
  it.for(pages)("%s has no serious or critical violation", async (path, { expect }) => {
    const observed = await openObserved(browser, server.url, server.url + path, { colorScheme: "dark" });
    try {
      expect(await seriousViolations(observed.page, { rules: ["color-contrast"] })).toEqual([]);
    } finally {
      await observed.close();
    }
  });
});

describe.each(["light", "dark"] as const)("open search results in %s mode", (colorScheme) => {
  it("have no serious or critical violation", async ({ expect }) => {
    const observed = await openObserved(browser, server.url, server.url, { colorScheme });
    try {
      await observed.page.locator("#search-input").fill("user");
      await expect.poll(() => observed.page.locator("#search-results a").count()).toBeGreaterThan(3);
      expect(await seriousViolations(observed.page, { within: ".topbar" })).toEqual([]);
    } finally {
      await observed.close();
    }
  });
});
