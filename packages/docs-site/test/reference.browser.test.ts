// The built site in real Chromium, served over HTTP from dist/, with every other origin blocked.
import { readFile } from "node:fs/promises";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, startStaticServer } from "../src/serve/static-server.ts";
import { launchChromium, type ObservedPage, openObserved } from "./support/browser.ts";
import { distDir } from "./support/build-site.ts";
import { fieldPaths, type OperationFacts, operations, spec } from "./support/spec-facts.ts";

let browser: Browser;
let server: StaticServer;
const ops = operations();
const getUser = ops.find((op) => op.operationId === "getUser")!;
const pageUrl = (op: OperationFacts) => `${server.url}reference/${op.operationId}.html`;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaticServer(distDir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** The innerText of an element looked up by id (ids contain dots, so no CSS selector). */
function textOf(page: Page, id: string): Promise<string | null> {
  return page.evaluate((i) => (document.getElementById(i) as HTMLElement | null)?.innerText ?? null, id);
}

/** Everything the reference must show for an operation, checked the same way with and without JS. */
async function expectReferenceContent(page: Page, op: OperationFacts): Promise<void> {
  const main = await page.locator("main").innerText();
  expect(getUser.okFields.length).toBeGreaterThan(15);
  for (const path of op.okFields) {
    const row = await textOf(page, [op.operationId, op.okStatus, ...path].join("."));
    expect(row, `row for ${path.join(".")}`).toContain(path.at(-1));
    expect(await page.locator(`[id="${[op.operationId, op.okStatus, ...path].join(".")}"]`).isVisible()).toBe(
      true,
    );
  }
  for (const status of op.statuses) {
    expect(await textOf(page, `${op.operationId}.${status}`), `status ${status}`).toContain(status);
  }
  for (const { status, name } of op.headers) {
    expect(await textOf(page, `${op.operationId}.${status}.header.${name}`)).toContain(name);
  }
  for (const scope of op.scopes) expect(main).toContain(scope);
  const sample = await textOf(page, `${op.operationId}.samples.typescript`);
  expect(sample).toContain("createGongClient");
  if (op.clientMethod) expect(sample).toContain(`gong.${op.clientMethod}(`);
  expect(await page.locator("pre", { hasText: "createGongClient" }).first().isVisible()).toBe(true);
  expect(main).toContain("curl ");
}

describe("an operation page", () => {
  let observed: ObservedPage;
  beforeAll(async () => {
    observed = await openObserved(browser, server.url, pageUrl(getUser), {
      permissions: ["clipboard-read", "clipboard-write"],
    });
  });
  afterAll(() => observed?.close());

  it("loads with no request to another origin and no console error", async () => {
    await observed.page.waitForLoadState("networkidle");
    expect(observed.crossOrigin).toEqual([]);
    expect(observed.errors).toEqual([]);
  });

  it("shows every 200 field, every status, Retry-After, the scope and the samples", async () => {
    expect(getUser.statuses).toEqual(expect.arrayContaining(["200", "400", "401", "404", "429", "500"]));
    expect(getUser.headers).toContainEqual({ status: "429", name: "Retry-After" });
    await expectReferenceContent(observed.page, getUser);
  });

  it("embeds the committed TypeScript sample file, without its generated-file header", async () => {
    const file = await readFile(
      new URL(`../src/generated/samples/${getUser.operationId}.ts`, import.meta.url),
      "utf8",
    );
    const shown = await observed.page.evaluate(
      (id) => document.getElementById(id)?.textContent,
      `${getUser.operationId}.samples.typescript`,
    );
    expect(file.endsWith(shown!)).toBe(true);
    expect(shown).not.toContain("Do not edit");
  });

  it("copies a sample to the clipboard", async () => {
    const { page } = observed;
    await page.getByRole("button", { name: /Copy TypeScript/ }).click();
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    expect(copied).toContain("createGongClient");
    expect(copied).toBe(
      await page.evaluate(
        (id) => document.getElementById(id)?.textContent,
        `${getUser.operationId}.samples.typescript`,
      ),
    );
    await expect.poll(() => page.getByRole("button", { name: /Copy TypeScript/ }).innerText()).toBe("Copied");
  });

  it("finds spokenLanguages by search and follows the result to the field's anchor", async () => {
    const { page } = observed;
    await page.locator("#search-input").fill("spokenlang");
    const result = page.locator("#search-results a", { hasText: "spokenLanguages" }).first();
    await expect.poll(() => result.isVisible()).toBe(true);
    expect(await result.innerText()).toContain("user.spokenLanguages");
    await result.click();
    await page.waitForURL(/#getUser\.200\.user\.spokenLanguages$/);
    expect(await page.locator('[id="getUser.200.user.spokenLanguages"]').isVisible()).toBe(true);
    expect(await page.locator("#search-results").isVisible()).toBe(false);
    await page.locator("#search-input").fill("zzzz-no-such-thing");
    await expect.poll(() => page.locator("#search-results").innerText()).toContain("No matches");
  });
});

describe("search", () => {
  let observed: ObservedPage;
  beforeAll(async () => {
    observed = await openObserved(browser, server.url, server.url);
  });
  afterAll(() => observed?.close());
  const hrefs = () =>
    observed.page
      .locator("#search-results a")
      .evaluateAll((links) => links.map((a) => a.getAttribute("href")));

  it("finds an operation by a partial path, by a concrete URL, by operationId and by client method", async () => {
    const { page } = observed;
    const input = page.locator("#search-input");
    const getCall = ops.find((op) => op.path === "/v2/calls/{id}" && op.method === "get")!;
    const callsWithId = ops.filter((op) => op.path.includes("/calls/{id}"));
    expect(callsWithId.length).toBeGreaterThan(1);
    await input.fill("calls/{id}");
    await expect
      .poll(hrefs)
      .toEqual(
        expect.arrayContaining(callsWithId.map((op) => `reference/${op.operationId}.html#${op.operationId}`)),
      );
    // The paths that end there come before those that go on (`/v2/calls/{id}/media`).
    const ending = callsWithId.filter((op) => op.path.endsWith("/calls/{id}"));
    expect(ending.map((op) => `reference/${op.operationId}.html#${op.operationId}`)).toContain(
      (await hrefs())[0],
    );
    // Copied from a log: the method in capitals filters, a value stands for {id}.
    await input.fill("GET https://api.gong.io/v2/calls/7782342274025937?x=1");
    await expect
      .poll(async () => (await hrefs())[0])
      .toBe(`reference/${getCall.operationId}.html#${getCall.operationId}`);
    // The whole path first, then the longer ones it starts (`/v2/calls/{id}/media`).
    expect(await hrefs()).toEqual(
      ops
        .filter((op) => op.method === "get" && op.path.startsWith("/v2/calls/{id}"))
        .sort((a, b) => a.path.length - b.path.length)
        .map((op) => `reference/${op.operationId}.html#${op.operationId}`),
    );
    for (const op of [getUser, getCall]) {
      for (const query of [op.operationId, `gong.${op.clientMethod}`]) {
        await input.fill(query);
        await expect
          .poll(async () => (await hrefs())[0], { message: query })
          .toBe(`reference/${op.operationId}.html#${op.operationId}`);
      }
    }
  });

  it("finds a schema's field, the webhook's fields and a guide's section", async () => {
    const { page } = observed;
    const input = page.locator("#search-input");
    await input.fill("Party.emailAddress");
    await expect.poll(hrefs).toContain("schemas/Party.html#emailAddress");
    await input.fill("paging");
    await expect.poll(hrefs).toContain("index.html#paging");
    const webhook = Object.entries((spec.webhooks ?? {}) as Record<string, Record<string, unknown>>)[0]!;
    const operation = Object.values(webhook[1])[0] as { operationId: string; requestBody: unknown };
    const field = fieldPaths(
      (
        (operation.requestBody as { content: Record<string, { schema: unknown }> }).content[
          "application/json"
        ] as { schema: unknown }
      ).schema,
    )[0]!;
    await input.fill(`${field.at(-1)} POST`);
    await expect
      .poll(hrefs)
      .toContain(`webhooks/${webhook[0]}.html#${[operation.operationId, "request", ...field].join(".")}`);
  });

  it("by keyboard: / focuses it, the POST filter narrows a field to POST operations, arrows and Enter land on the field", async () => {
    const expected = ops
      .filter((op) => op.method === "post")
      .flatMap((op) =>
        op.okFields
          .filter((path) => path.at(-1) === "spokenLanguages")
          .map(
            (path) => `reference/${op.operationId}.html#${[op.operationId, op.okStatus, ...path].join(".")}`,
          ),
      );
    const elsewhere = ops
      .filter((op) => op.method !== "post" && op.okFields.some((path) => path.at(-1) === "spokenLanguages"))
      .map((op) => `../reference/${op.operationId}.html#`);
    expect(expected.length).toBeGreaterThan(0);
    expect(elsewhere.length).toBeGreaterThan(0);
    const page = (await openObserved(browser, server.url, `${server.url}tags/users.html`)).page;
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    await page.keyboard.press("/");
    expect(await focused()).toBe("search-input");
    await page.keyboard.type("spokenLanguages");
    await expect.poll(() => page.locator("#search-results a").count()).toBeGreaterThan(expected.length);
    const before = await page
      .locator("#search-results a")
      .evaluateAll((l) => l.map((a) => a.getAttribute("href")));
    expect(before.some((href) => elsewhere.some((e) => href?.startsWith(e)))).toBe(true);
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("GET");
    await page.keyboard.press("Tab");
    expect(await focused()).toBe("POST");
    await page.keyboard.press("Space");
    expect(await page.locator('button[data-method="POST"]').getAttribute("aria-pressed")).toBe("true");
    await expect
      .poll(() => page.locator("#search-results a").evaluateAll((l) => l.map((a) => a.getAttribute("href"))))
      .not.toEqual(before);
    const after = await page
      .locator("#search-results a")
      .evaluateAll((l) => l.map((a) => a.getAttribute("href")));
    expect(after.some((href) => elsewhere.some((e) => href?.startsWith(e)))).toBe(false);
    expect(after).toEqual(expect.arrayContaining(expected.map((e) => `../${e}`)));
    // Down into the results, down and up again, Escape closes them and returns to the field.
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowUp");
    const first = await page.evaluate(() => document.activeElement?.getAttribute("href"));
    expect(first).toBe(after[0]);
    expect(expected.map((e) => `../${e}`)).toContain(first);
    await page.keyboard.press("Escape");
    expect(await page.locator("#search-results").isVisible()).toBe(false);
    expect(await focused()).toBe("search-input");
    await page.keyboard.press("ArrowDown");
    await page.keyboard.press("ArrowDown");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe(first);
    await page.keyboard.press("Enter");
    await page.waitForURL((url) => url.href.endsWith(first!.slice(3)));
    const anchor = decodeURIComponent(new URL(page.url()).hash.slice(1));
    expect(await page.locator(`[id="${anchor}"]`).isVisible()).toBe(true);
    expect(await page.evaluate(() => document.querySelector(":target")?.id)).toBe(anchor);
    await page.context().close();
  });

  it("/ typed in the search field is a character, not the shortcut", async () => {
    const { page } = observed;
    await page.locator("#search-input").fill("");
    await page.locator("#search-input").focus();
    await page.keyboard.type("/v2/users");
    expect(await page.locator("#search-input").inputValue()).toBe("/v2/users");
  });
});

describe("the skip link", () => {
  it("is the first thing Tab reaches, visible when focused, and moves focus to the content", async () => {
    const observed = await openObserved(browser, server.url, pageUrl(getUser));
    try {
      const { page } = observed;
      await page.keyboard.press("Tab");
      const link = page.locator(":focus");
      expect(await link.innerText()).toBe("Skip to content");
      const box = await link.boundingBox();
      expect(box!.y).toBeGreaterThanOrEqual(0);
      expect(await link.evaluate((a) => getComputedStyle(a).outlineStyle)).not.toBe("none");
      await page.keyboard.press("Enter");
      await page.waitForURL(/#main$/);
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("main");
      // Tab from there reaches the page's content, not the header again.
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.closest("main") !== null)).toBe(true);
    } finally {
      await observed.close();
    }
  });
});

describe("a paged operation's page", () => {
  it("shows the for-await sample and links to the one explanation of paging, which it reaches", async () => {
    const listUsers = ops.find((op) => op.operationId === "listUsers")!;
    expect(listUsers.pagination).toEqual({ cursor: "query", items: "users" });
    const observed = await openObserved(browser, server.url, pageUrl(listUsers));
    try {
      const { page } = observed;
      await expectReferenceContent(page, listUsers);
      expect(await textOf(page, "listUsers.samples.typescript")).toContain(
        "for await (const user of gong.users.list(",
      );
      const note = page.locator('[id="listUsers.paging"]');
      expect(await note.isVisible()).toBe(true);
      await note.getByRole("link", { name: "How paging works" }).click();
      await page.waitForURL(/index\.html#paging$/);
      expect(await page.getByRole("heading", { name: "Paging" }).isVisible()).toBe(true);
      expect(await page.locator("main").innerText()).toContain("currentPageNumber");
      await page.waitForLoadState("networkidle");
      expect(observed.crossOrigin).toEqual([]);
      expect(observed.errors).toEqual([]);
    } finally {
      await observed.close();
    }
  });
});

describe("with JavaScript disabled", () => {
  it("the same reference content is in the HTML; search and copy buttons stay hidden", async () => {
    const observed = await openObserved(browser, server.url, pageUrl(getUser), { javaScriptEnabled: false });
    try {
      await expectReferenceContent(observed.page, getUser);
      expect(await observed.page.locator(".search").isVisible()).toBe(false);
      expect(await observed.page.locator("button.copy").first().isVisible()).toBe(false);
      expect(observed.crossOrigin).toEqual([]);
    } finally {
      await observed.close();
    }
  });
});

describe("the landing page", () => {
  it("has the getting-started guide with the spec's rate limits, and links every operation", async () => {
    const observed = await openObserved(browser, server.url, server.url);
    try {
      const main = await observed.page.locator("main").innerText();
      const description = (spec.info as { description: string }).description;
      const perSecond = /\*\*(\d+ API calls per second)\*\*/.exec(description)?.[1];
      expect(perSecond).toBeDefined();
      expect(main).toContain(perSecond);
      for (const heading of [
        "Install",
        "Authenticate",
        "Rate limits",
        "Paging",
        "64-bit integers",
        "Try it without a Gong account",
      ]) {
        expect(await observed.page.getByRole("heading", { name: heading }).isVisible()).toBe(true);
      }
      expect(main).toContain("api_base_url_for_customer");
      expect(main).toContain("pnpm mock");
      // The reference list links every operation; the paging section links the paged ones again.
      for (const op of ops) {
        expect(await observed.page.locator(`main a[href="reference/${op.operationId}.html"]`).count()).toBe(
          op.pagination === undefined ? 1 : 2,
        );
      }
      await observed.page.waitForLoadState("networkidle");
      expect(observed.crossOrigin).toEqual([]);
      expect(observed.errors).toEqual([]);
    } finally {
      await observed.close();
    }
  });
});

describe("layout", () => {
  it("fits a phone's width without sideways scrolling, with the contents reachable", async () => {
    const observed = await openObserved(browser, server.url, pageUrl(getUser), {
      viewport: { width: 375, height: 740 },
      isMobile: true,
      hasTouch: true,
    });
    try {
      const { page } = observed;
      const widths = await page.evaluate(() => [document.documentElement.scrollWidth, window.innerWidth]);
      expect(widths[0]).toBeLessThanOrEqual(widths[1]!);
      await page.getByRole("link", { name: "Contents" }).click();
      expect(await page.locator("#nav").isVisible()).toBe(true);
    } finally {
      await observed.close();
    }
  });

  it("follows the system's dark mode", async () => {
    const backgrounds: string[] = [];
    for (const colorScheme of ["light", "dark"] as const) {
      const observed = await openObserved(browser, server.url, pageUrl(getUser), { colorScheme });
      backgrounds.push(await observed.page.evaluate(() => getComputedStyle(document.body).backgroundColor));
      await observed.close();
    }
    expect(backgrounds[0]).toBe("rgb(255, 255, 255)");
    expect(backgrounds[1]).not.toBe(backgrounds[0]);
  });
});
