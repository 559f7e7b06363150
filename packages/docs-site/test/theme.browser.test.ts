// The colour theme in real Chromium: the toggle and its memory, the first frame of a page loaded with a
// stored theme (no flash of the other one), the system's theme without JavaScript, and the site under
// the Content-Security-Policy the README gives.
import { readFile } from "node:fs/promises";
import { createServer, type Server } from "node:http";
import type { AddressInfo } from "node:net";
import { extname, join } from "node:path";
import { inflateSync } from "node:zlib";
import type { Browser, BrowserContext, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { contentSecurityPolicy, themeHeadScript } from "../src/render/theme.ts";
import { type StaticServer, startStaticServer } from "../src/serve/static-server.ts";
import { launchChromium, openObserved } from "./support/browser.ts";
import { distDir } from "./support/build-site.ts";

const white = "rgb(255, 255, 255)";
const dark = "rgb(15, 18, 22)";
const getUser = "reference/getUser.html";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaticServer(distDir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const background = (page: Page) => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
const themeAttribute = (page: Page) => page.evaluate(() => document.documentElement.dataset.theme ?? null);

describe("the theme toggle", () => {
  it("switches light, dark and system, and is remembered across a reload", async () => {
    const observed = await openObserved(browser, server.url, server.url + getUser, { colorScheme: "light" });
    try {
      const { page } = observed;
      const toggle = page.getByRole("combobox", { name: "Colour theme" });
      expect(await toggle.isVisible()).toBe(true);
      expect(await toggle.inputValue()).toBe("system");
      expect(await background(page)).toBe(white);
      await toggle.selectOption("dark");
      expect(await themeAttribute(page)).toBe("dark");
      expect(await background(page)).toBe(dark);
      await page.reload();
      expect(await themeAttribute(page)).toBe("dark");
      expect(await background(page)).toBe(dark);
      expect(await toggle.inputValue()).toBe("dark");
      // Another page of the site has it too.
      await page.goto(server.url);
      expect(await background(page)).toBe(dark);
      await toggle.selectOption("light");
      await page.emulateMedia({ colorScheme: "dark" });
      expect(await background(page)).toBe(white);
      await toggle.selectOption("system");
      expect(await themeAttribute(page)).toBe(null);
      expect(await background(page)).toBe(dark);
      await page.emulateMedia({ colorScheme: "light" });
      expect(await background(page)).toBe(white);
      await page.reload();
      expect(await toggle.inputValue()).toBe("system");
      expect(observed.errors).toEqual([]);
      expect(observed.crossOrigin).toEqual([]);
    } finally {
      await observed.close();
    }
  });

  it("is reachable and usable by keyboard", async () => {
    const observed = await openObserved(browser, server.url, server.url, { colorScheme: "light" });
    try {
      const { page } = observed;
      await page.locator("#search-input").focus();
      await page.keyboard.press("Tab");
      expect(await page.evaluate(() => document.activeElement?.id)).toBe("theme");
      await page.keyboard.press("ArrowDown");
      expect(await page.locator("#theme").inputValue()).toBe("light");
      await page.keyboard.press("ArrowDown");
      expect(await themeAttribute(page)).toBe("dark");
    } finally {
      await observed.close();
    }
  });
});

describe("without JavaScript", () => {
  it.for(["light", "dark"] as const)(
    "follows the system's %s theme, with no toggle to offer",
    async (scheme) => {
      const observed = await openObserved(browser, server.url, server.url + getUser, {
        colorScheme: scheme,
        javaScriptEnabled: false,
      });
      try {
        expect(await background(observed.page)).toBe(scheme === "light" ? white : dark);
        expect(await observed.page.locator(".theme").isVisible()).toBe(false);
      } finally {
        await observed.close();
      }
    },
  );
});

/**
 * Serves dist/ on 127.0.0.1, holding back the rest of `held` after `cut` until `release` is called: the
 * page is caught mid-load, its first frames painted from what has arrived, before any deferred script.
 */
async function startHoldingServer(held: string, cut: string, edit: (html: string) => string) {
  let release = () => {};
  const released = new Promise<void>((resolve) => {
    release = resolve;
  });
  const types: Record<string, string> = {
    ".html": "text/html",
    ".css": "text/css",
    ".js": "text/javascript",
  };
  const http: Server = createServer(async (request, response) => {
    const path = new URL(request.url ?? "/", "http://localhost").pathname.slice(1) || "index.html";
    const body = await readFile(join(distDir, path)).catch(() => undefined);
    if (body === undefined) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, {
      "content-type": `${types[extname(path)] ?? "application/json"}; charset=utf-8`,
    });
    if (path !== held) {
      response.end(body);
      return;
    }
    const html = edit(body.toString("utf8"));
    if (!html.includes(cut)) throw new Error(`${held} has no ${cut}`);
    const at = html.indexOf(cut) + cut.length;
    response.write(html.slice(0, at));
    await released;
    response.end(html.slice(at));
  });
  await new Promise<void>((resolve) => http.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${(http.address() as AddressInfo).port}/`,
    release,
    close: () => {
      release();
      http.closeAllConnections();
      return new Promise<void>((resolve) => http.close(() => resolve()));
    },
  };
}

/** The colour of one pixel of the page as painted: a 1x1 screenshot, whose PNG row is the pixel itself. */
async function pixel(page: Page, x: number, y: number): Promise<string> {
  const png = await page.screenshot({ clip: { x, y, width: 1, height: 1 } });
  const chunks: Buffer[] = [];
  for (let at = 8; at < png.length; ) {
    const length = png.readUInt32BE(at);
    if (png.toString("latin1", at + 4, at + 8) === "IDAT") chunks.push(png.subarray(at + 8, at + 8 + length));
    at += 12 + length;
  }
  // One row of one pixel: every PNG filter leaves the first pixel of the first row as it is.
  const [, r, g, b] = inflateSync(Buffer.concat(chunks));
  return `rgb(${r}, ${g}, ${b})`;
}

/** The first frames of getUser's page with "dark" stored and a light system, the HTML held after the header. */
async function firstFrame(edit: (html: string) => string): Promise<{ painted: string; after: string }> {
  const holding = await startHoldingServer(getUser, '<main id="main" tabindex="-1">', edit);
  const context: BrowserContext = await browser.newContext({ colorScheme: "light" });
  try {
    const page = await context.newPage();
    // The stored choice, made with the toggle on another page of the same origin.
    await page.goto(holding.url);
    await page.locator("#theme").selectOption("dark");
    await page.goto(holding.url + getUser, { waitUntil: "commit" });
    // The stylesheet has applied (the top bar is sticky) and the rest of the page has not arrived.
    await page.waitForFunction(() => {
      const bar = document.querySelector(".topbar");
      return bar !== null && getComputedStyle(bar).position === "sticky";
    });
    const midLoad = await page.evaluate(
      () => document.readyState === "loading" && !document.querySelector("footer"),
    );
    expect(midLoad, "the page is caught mid-load").toBe(true);
    const painted = await pixel(page, 1000, 700);
    holding.release();
    await page.waitForLoadState("load");
    return { painted, after: await background(page) };
  } finally {
    await context.close();
    await holding.close();
  }
}

describe("a page loaded with a stored theme", () => {
  it("paints its first frame in that theme: no flash of the system's", async () => {
    const { painted, after } = await firstFrame((html) => html);
    expect(painted).toBe(dark);
    expect(after).toBe(dark);
  });

  it("would flash without the head script (the control: this test can see a flash)", async () => {
    const { painted, after } = await firstFrame((html) =>
      html.replace(`<script>${themeHeadScript}</script>`, ""),
    );
    expect(painted).toBe(white);
    expect(after).toBe(dark); // the page script applies it, one frame too late
  });
});

describe("under the README's Content-Security-Policy", () => {
  it("runs the head script (by its hash), the page script, search and the toggle with no violation", async () => {
    const context = await browser.newContext({ colorScheme: "light" });
    const errors: string[] = [];
    const blocked: string[] = [];
    await context.route("**/*", async (route) => {
      const url = route.request().url();
      if (!url.startsWith(server.url)) {
        blocked.push(url);
        return route.abort("blockedbyclient");
      }
      const response = await route.fetch();
      return route.fulfill({
        response,
        headers: { ...response.headers(), "content-security-policy": contentSecurityPolicy },
      });
    });
    try {
      const page = await context.newPage();
      page.on("console", (message) => {
        if (message.type() === "error") errors.push(message.text());
      });
      page.on("pageerror", (error) => errors.push(error.message));
      await page.goto(server.url + getUser);
      await page.locator("#theme").selectOption("dark");
      await page.locator("#search-input").fill("spokenlang");
      await expect.poll(() => page.locator("#search-results a").count()).toBeGreaterThan(0);
      // Without the page script, only the head script can set the stored theme.
      await page.route("**/assets/site-*.js", (route) => route.abort());
      await page.reload();
      expect(await themeAttribute(page)).toBe("dark");
      expect(await background(page)).toBe(dark);
      expect(errors.filter((e) => !e.includes("net::ERR_FAILED"))).toEqual([]);
      expect(blocked).toEqual([]);
    } finally {
      await context.close();
    }
  });
});
