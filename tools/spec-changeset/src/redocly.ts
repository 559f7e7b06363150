import { execFile } from "node:child_process";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { promisify } from "node:util";

const run = promisify(execFile);

// Run the Redocly CLI this package depends on, with the current Node, wherever the caller's PATH points.
const require = createRequire(import.meta.url);
const cliPackage = require.resolve("@redocly/cli/package.json");
const cliBin = join(dirname(cliPackage), JSON.parse(readFileSync(cliPackage, "utf8")).bin.redocly);

/** Runs `redocly <args>` and returns its stdout; a failure carries Redocly's own output. */
export async function redocly(args: string[], cwd: string): Promise<string> {
  const { stdout } = await run(process.execPath, [cliBin, ...args], {
    cwd,
    maxBuffer: 64 * 1024 * 1024,
    env: { ...process.env, REDOCLY_TELEMETRY: "off", REDOCLY_SUPPRESS_UPDATE_NOTICE: "true" },
  });
  return stdout;
}
