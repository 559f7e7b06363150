// Node, Deno and Bun: `<runtime> cli-entry.js <name> <baseUrl>`. Prints a line per check, then the
// results as one JSON line for the matrix to read.
import { runScenario } from "./scenario.js";

declare const Deno: { args: string[] } | undefined;
declare const process: { argv: string[] };

const [runtime, baseUrl] = typeof Deno === "undefined" ? process.argv.slice(2) : Deno.args;
if (!runtime || !baseUrl) throw new Error("usage: cli-entry.js <runtime name> <base URL>");
const results = await runScenario(baseUrl);
for (const { check, ok, detail } of results) {
  console.log(`${runtime}: ${ok ? "ok" : "FAIL"} ${check}: ${detail}`);
}
console.log(`RESULTS ${JSON.stringify(results)}`);
