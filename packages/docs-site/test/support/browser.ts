import { type Browser, type BrowserContextOptions, chromium, type Page } from "playwright-core";

/** Debian's chromium, never a downloaded build (`playwright install` is not used). */
export const chromiumPath = process.env.CHROMIUM_PATH ?? "/usr/bin/chromium";

export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
    ],
  });
}

export interface ObservedPage {
  page: Page;
  /** Every request to another origin: blocked, and recorded here. */
  crossOrigin: string[];
  /** Console errors, uncaught page errors and failed same-origin requests. */
  errors: string[];
  close(): Promise<void>;
}

/**
 * Opens `url` in a fresh context in which any request that leaves `origin` is aborted and recorded,
 * so a site that phones home, loads a font or a CDN script is caught rather than served.
 */
export async function openObserved(
  browser: Browser,
  origin: string,
  url: string,
  options: BrowserContextOptions = {},
): Promise<ObservedPage> {
  const context = await browser.newContext(options);
  const crossOrigin: string[] = [];
  const errors: string[] = [];
  await context.route("**/*", (route) => {
    const requested = route.request().url();
    if (new URL(requested).origin === new URL(origin).origin) return route.continue();
    crossOrigin.push(requested);
    return route.abort("blockedbyclient");
  });
  const page = await context.newPage();
  page.on("console", (message) => {
    if (message.type() === "error") errors.push(`console: ${message.text()}`);
  });
  page.on("pageerror", (error) => errors.push(`page error: ${error.message}`));
  page.on("response", (response) => {
    if (response.status() >= 400) errors.push(`HTTP ${response.status()}: ${response.url()}`);
  });
  await page.goto(url, { waitUntil: "load" });
  return { page, crossOrigin, errors, close: () => context.close() };
}
