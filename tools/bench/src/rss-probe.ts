// Preloaded into every Node process of a measured command (NODE_OPTIONS=--import): at exit, appends
// the process's peak resident set size in KiB to $GONGKIT_BENCH_RSS_FILE.
import { appendFileSync } from "node:fs";

const file = process.env.GONGKIT_BENCH_RSS_FILE;
if (file !== undefined) {
  process.on("exit", () => appendFileSync(file, `${process.resourceUsage().maxRSS}\n`));
}
