// Measures a built docs folder in Chromium: bytes of HTML + JS + CSS on first load, median load time,
// median time until `marker` text is on screen, requests to other origins (blocked), and which
// reference words are readable with JavaScript disabled. Used to compare renderers (see README).
//   node scripts/measure-first-load.ts <folder> [page] [marker] [runs]
import { startStaticServer } from "../src/serve/static-server.ts";
import { launchChromium, openObserved } from "../test/support/browser.ts";

const [folder, path = "", marker = "Rate limits", runs = "9"] = process.argv.slice(2);
if (!folder) throw new Error("usage: node scripts/measure-first-load.ts <folder> [page] [marker] [runs]");
const words = ["Retrieve user", "spokenLanguages", "Retry-After", marker];
const [browser, server] = await Promise.all([launchChromium(), startStaticServer(folder)]);
const median = (values: number[]) => values.sort((a, b) => a - b)[Math.floor(values.length / 2)];

const noJs = await openObserved(browser, server.url, server.url + path, { javaScriptEnabled: false });
const readable = await noJs.page.evaluate(
  (w) => w.filter((word) => document.body.innerText.includes(word)),
  words,
);
await noJs.close();

const loads: number[] = [];
const contents: number[] = [];
let bytes: Record<string, number> = {};
let crossOrigin: string[] = [];
for (let run = 0; run < Number(runs); run += 1) {
  const observed = await openObserved(browser, server.url, server.url + path);
  // Times from the page's own clock, which starts at navigation: browser start-up is not counted.
  // Text that is in the HTML itself is there once the document is parsed (DOMContentLoaded).
  const timing = await observed.page.evaluate(() => {
    const navigation = performance.getEntriesByType("navigation")[0] as PerformanceNavigationTiming;
    return { load: navigation.loadEventEnd, parsed: navigation.domContentLoadedEventEnd };
  });
  const shown = await observed.page.waitForFunction(
    (m) => document.body.innerText.includes(m) && performance.now(),
    marker,
    { timeout: 30_000, polling: 10 },
  );
  loads.push(Math.round(timing.load));
  contents.push(
    Math.round(readable.includes(marker) ? timing.parsed : ((await shown.jsonValue()) as number)),
  );
  const entries = await observed.page.evaluate(() =>
    [...performance.getEntriesByType("navigation"), ...performance.getEntriesByType("resource")].map((e) => ({
      type: e.entryType === "navigation" ? "html" : (e as PerformanceResourceTiming).initiatorType,
      size: (e as PerformanceResourceTiming).decodedBodySize,
    })),
  );
  bytes = {};
  for (const { type, size } of entries) bytes[type] = (bytes[type] ?? 0) + size;
  crossOrigin = observed.crossOrigin;
  await observed.close();
}
await browser.close();
await server.close();
const htmlJsCss = (bytes.html ?? 0) + (bytes.script ?? 0) + (bytes.link ?? 0) + (bytes.css ?? 0);
console.log(
  JSON.stringify({
    folder,
    path,
    htmlJsCss,
    bytes,
    loadMs: median(loads),
    contentMs: median(contents),
    crossOrigin: [...new Set(crossOrigin)],
    readableWithoutJs: readable,
  }),
);
