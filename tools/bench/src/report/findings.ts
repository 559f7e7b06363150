// The analysis part of BENCHMARKS.md, with this run's numbers filled in: where openapi-fetch's
// and the client's per-call time goes, and what was tried.
import { pairedRatio } from "../client/interleaved.ts";
import type { ClientBench, ClientScenario } from "../client/run-client-bench.ts";
import { us, x } from "./table.ts";

function perCall(scenario: ClientScenario, name: string): number {
  const result = scenario.results.find((r) => r.name === name);
  if (result === undefined) throw new Error(`no result for ${name}`);
  return result.medianUs;
}

/** Paired per round, as in the tables. */
function ratio(scenario: ClientScenario, of: string, to: string): number {
  return pairedRatio(scenario.results, of, to).median;
}

export function findingsSection(bench: ClientBench): string {
  const [stubbed, loopback] = bench.scenarios as [ClientScenario, ClientScenario];
  const step = (name: string) =>
    us(bench.primitives.find((p) => p.name.startsWith(name))?.medianUs ?? Number.NaN);
  const added = (s: ClientScenario, name: string) => us(perCall(s, name) - perCall(s, "openapi-fetch"));
  return [
    "## Findings",
    "",
    "### Why openapi-fetch costs more than raw fetch",
    "",
    `Stubbed, openapi-fetch takes ${x(ratio(stubbed, "openapi-fetch", "raw fetch"))} raw fetch (${us(perCall(stubbed, "openapi-fetch"))} against ${us(perCall(stubbed, "raw fetch"))}); over loopback ${x(ratio(loopback, "openapi-fetch", "raw fetch"))}. Reading openapi-fetch 0.17's \`coreFetch\`, per call it:`,
    "",
    "1. builds a `Request` (`new Request(url, requestInit)`) and hands it to `fetch`, which per the Fetch standard copies it into another Request: " +
      `a raw fetch given a pre-built Request costs ${x(ratio(stubbed, "fetch(new Request(url, init))", "raw fetch"))} stubbed and ${x(ratio(loopback, "fetch(new Request(url, init))", "raw fetch"))} over loopback; ` +
      `\`new Request(url, { headers })\` alone is ${step("new Request(url")}. This is the largest single part.`,
    "2. merges headers into a new `Headers` (`mergeHeaders`, once more when there is a body), " +
      `${step("new Headers(record")} per Headers object;`,
    "3. rebuilds the query serializer (`createQuerySerializer`) and copies the options with object spreads on every call, and walks `for (key in init)`;",
    "4. reads JSON through `response.json()` when there is a Content-Length, else `text()` then `JSON.parse`: " +
      `over loopback with Content-Length this is the same work as raw fetch (text()+JSON.parse measured ${x(ratio(loopback, "fetch + text() + JSON.parse", "raw fetch"))} raw); it does not clone the response.`,
    "",
    `Experiment: openapi-fetch given a \`Request\` class that only keeps the URL and init (sent as \`fetch(url, init)\`) measured ${x(ratio(stubbed, "openapi-fetch, light Request class", "raw fetch"))} raw fetch stubbed and ${x(ratio(loopback, "openapi-fetch, light Request class", "raw fetch"))} over loopback, ` +
      `against ${x(ratio(stubbed, "openapi-fetch", "raw fetch"))} and ${x(ratio(loopback, "openapi-fetch", "raw fetch"))} for stock openapi-fetch. ` +
      "So the client could avoid most of openapi-fetch's overhead without giving it up, through its documented `Request` option, " +
      "at the price that middleware registered with `gong.use()` would see that light object instead of a real Request.",
    "",
    "### The client's hot path (packages/client)",
    "",
    `gong.users.get takes ${x(ratio(stubbed, "gong.users.get", "openapi-fetch"))} bare openapi-fetch stubbed (${us(perCall(stubbed, "gong.users.get"))} against ${us(perCall(stubbed, "openapi-fetch"))}) and ${x(ratio(loopback, "gong.users.get", "openapi-fetch"))} over loopback, with its retries and per-attempt timeout on. Per call it:`,
    "",
    "1. hands openapi-fetch a light `Request` class through openapi-fetch's per-call `Request` option (src/light-request.ts), and the transport sends `fetch(url, init)`: no Request is built, copied or linked to a signal. " +
      `Once middleware is registered with \`gong.use()\` a real Request is built again, because middleware expects one: gong.users.get with a middleware takes ${x(ratio(stubbed, "gong.users.get, with middleware", "gong.users.get"))} of the default stubbed.`,
    '2. reads the body as text inside the attempt (so the timeout and retries cover it) and hands openapi-fetch a plain object with that text (`parseAs: "text"`); the runtime parses the JSON once and turns a malformed body into a typed error. No second Response is built.',
    `3. arms one AbortController and one setTimeout per attempt (the same on bare openapi-fetch: +${added(stubbed, "openapi-fetch + timeout timer")}), and adds an abort listener only when the caller passed a signal.`,
    `4. does nothing per call that can be done at creation: a constant Authorization header is one of openapi-fetch's default headers, the limiter is skipped when off and costs no await when a slot is free (limiter on: ${x(ratio(stubbed, "gong.users.get, limiter on", "gong.users.get"))} of the default), ` +
      `and the retry loop costs nothing on success (maxRetries 0: ${x(ratio(stubbed, "gong.users.get, maxRetries 0", "gong.users.get"))} of the default).`,
    "",
    `\`gong.GET\` is openapi-fetch's own API and must return a real Response, so it still builds a Request and buffers the body into a new Response inside the attempt: gong.GET takes ${x(ratio(stubbed, "gong.GET", "openapi-fetch"))} bare openapi-fetch stubbed, ${x(ratio(loopback, "gong.GET", "openapi-fetch"))} over loopback (the variants above price those steps: Request copy +${added(stubbed, "openapi-fetch + Request copy")}, buffered Response +${added(stubbed, "openapi-fetch + buffered Response")}).`,
    "",
    "The first transport (commit ee67dad) did that for every call, generated methods included: gong.users.get measured 1.47x bare openapi-fetch stubbed and 1.14x over loopback in that run's report.",
    "",
    "### Tried, did not help",
    "",
    "Each measured in this run as a variant above:",
    "",
    `- Reading the body as text and parsing it instead of \`response.json()\`: ${x(ratio(stubbed, "fetch + text() + JSON.parse", "raw fetch"))} raw fetch stubbed; no gain, undici's \`json()\` is the same work.`,
    `- Turning the client's retries off (maxRetries 0): ${x(ratio(stubbed, "gong.users.get, maxRetries 0", "gong.users.get"))} of the default; the retry loop is not where the time goes.`,
    `- Copying the Request with a new signal per attempt instead of \`fetch(request, { signal })\`: the copy costs +${added(stubbed, "openapi-fetch + Request copy")} stubbed, and undici links a copied Request's signal weakly, so a timeout could be lost once the copy was garbage-collected (found by the client's soak test).`,
    "",
    "Loopback figures move by tens of percent between runs while other builds share the 2 cores; the stubbed figures are stable to a few percent and carry the analysis.",
  ].join("\n");
}
