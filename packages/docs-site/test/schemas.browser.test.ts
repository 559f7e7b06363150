// From an operation's field to the schema that declares it and back, in real Chromium.
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { type StaticServer, startStaticServer } from "../src/serve/static-server.ts";
import { launchChromium, openObserved } from "./support/browser.ts";
import { distDir } from "./support/build-site.ts";

let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  [browser, server] = await Promise.all([launchChromium(), startStaticServer(distDir)]);
});
afterAll(async () => {
  await browser?.close();
  await server?.close();
});

/** Whether the element is on screen below the sticky top bar, and its background colour. */
function onScreen(page: Page, id: string) {
  return page.evaluate((i) => {
    const element = document.getElementById(i)!;
    const box = element.getBoundingClientRect();
    const topbar = document.querySelector(".topbar")!.getBoundingClientRect().bottom;
    return {
      visible: box.top >= topbar - 1 && box.top < window.innerHeight && box.height > 0,
      background: getComputedStyle(element).backgroundColor,
      target: location.hash === `#${i}`,
    };
  }, id);
}

describe("a field's schema", () => {
  it("is one click from the operation's field row, landing on the field highlighted, and Used by leads back", async () => {
    const observed = await openObserved(
      browser,
      server.url,
      `${server.url}reference/listCallsExtensive.html#listCallsExtensive.200.calls.parties.emailAddress`,
      { colorScheme: "light", viewport: { width: 1280, height: 800 } },
    );
    try {
      const { page } = observed;
      const row = page.locator('[id="listCallsExtensive.200.calls.parties.emailAddress"]');
      expect(await row.isVisible()).toBe(true);
      await row.locator(".field-source a", { hasText: "Party" }).click();
      await page.waitForURL(/\/schemas\/Party\.html#emailAddress$/);
      await expect
        .poll(() => onScreen(page, "emailAddress"))
        .toEqual({
          visible: true,
          background: "rgb(255, 246, 199)", // --target: the :target highlight
          target: true,
        });
      expect(await page.locator("h1").innerText()).toBe("Party");

      // Back through "Used by", to the response that holds the schema.
      const usedBy = page.locator("ul.used-by li", { hasText: "Retrieve detailed call data" });
      await usedBy.getByRole("link", { name: "200 response" }).click();
      await page.waitForURL(/\/reference\/listCallsExtensive\.html#listCallsExtensive\.200$/);
      await expect.poll(async () => (await onScreen(page, "listCallsExtensive.200")).visible).toBe(true);

      // The type of the parties field links to the schema's page.
      await page
        .locator('[id="listCallsExtensive.200.calls.parties"] .field-type a', { hasText: "Party" })
        .first()
        .click();
      await page.waitForURL(/\/schemas\/Party\.html$/);
      await page.waitForLoadState("networkidle");
      expect(observed.crossOrigin).toEqual([]);
      expect(observed.errors).toEqual([]);
    } finally {
      await observed.close();
    }
  });

  it("the webhook's page lists its fields and links them to the schemas that declare them", async () => {
    const observed = await openObserved(browser, server.url, `${server.url}webhooks/call.html`);
    try {
      const { page } = observed;
      expect(await page.locator('[id="callWebhook.request.callData.parties.emailAddress"]').isVisible()).toBe(
        true,
      );
      await page.getByRole("link", { name: "Receiving webhooks" }).first().click();
      await page.waitForURL(/guides\/receiving-webhooks\.html$/);
      expect(observed.errors).toEqual([]);
    } finally {
      await observed.close();
    }
  });
});
