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
    `gong.users.get takes ${x(ratio(stubbed, "gong.users.get", "openapi-fetch"))} bare openapi-fetch stubbed (${us(perCall(stubbed, "gong.users.get"))} against ${us(perCall(stubbed, "openapi-fetch"))}), ${x(ratio(loopback, "gong.users.get", "openapi-fetch"))} over loopback. ` +
      `Almost all of it is the transport, not the generated method: gong.users.get / gong.GET = ${x(ratio(stubbed, "gong.users.get", "gong.GET"))} stubbed. ` +
      `Retries cost nothing measurable on success (maxRetries 0: ${us(perCall(stubbed, "gong.users.get, maxRetries 0"))} against ${us(perCall(stubbed, "gong.users.get"))}). ` +
      "Adding the transport's steps one at a time to bare openapi-fetch (stubbed, extra time per call):",
    "",
    `- src/transport.ts \`attempt()\`: copying the Request (\`new Request(request, { headers, signal })\` after \`new Headers(request.headers)\`): +${added(stubbed, "openapi-fetch + Request copy")}. ` +
      "The Authorization header is static for access keys and string tokens and could be one of openapi-fetch's default headers set at creation; the copy is then only needed for the signal.",
    `- src/transport.ts \`attempt()\` + src/response.ts \`BufferedResponse\`: reading the body to an ArrayBuffer and wrapping it in a new Response with copied Headers: +${added(stubbed, "openapi-fetch + buffered Response")}, the largest part. ` +
      "The body must be read inside the timeout, but the parsed result could be returned without building a second Response (for example by parsing in the transport and handing openapi-fetch a light Response), or the timeout could cover openapi-fetch's own read.",
    `- src/transport.ts \`attempt()\`: AbortController + setTimeout + abort listener per attempt: +${added(stubbed, "openapi-fetch + timeout timer")}; small.`,
    "- src/transport.ts `sendWithRetries()`: `await config.limiter?.acquire(signal)` and `await config.authorizer.authorization()` each cost a microtask turn even when the limiter is off and the header is a constant.",
    "",
    "### Tried, did not help",
    "",
    "Each measured in this run as a variant above:",
    "",
    `- Reading the body as text and parsing it instead of \`response.json()\`: ${x(ratio(stubbed, "fetch + text() + JSON.parse", "raw fetch"))} raw fetch stubbed; no gain, undici's \`json()\` is the same work.`,
    `- Turning the client's retries off (maxRetries 0): ${x(ratio(stubbed, "gong.users.get, maxRetries 0", "gong.users.get"))} of the default; the retry loop is not where the time goes.`,
    `- Skipping the generated method and calling \`gong.GET\` directly: gong.users.get / gong.GET = ${x(ratio(stubbed, "gong.users.get", "gong.GET"))}; the resource layer (path-parameter check, \`fetchFor\`, \`json()\` unwrapping) is not where the time goes either.`,
    "",
    "Loopback figures move by tens of percent between runs while other builds share the 2 cores; the stubbed figures are stable to a few percent and carry the analysis.",
  ].join("\n");
}
