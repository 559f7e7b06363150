#!/usr/bin/env node
// pnpm spec:upstream <file|url>: the report on stdout; exit 0 nothing moved, 1 moved, 2 bad input.
import { EXIT_BAD_INPUT, runUpstream } from "./run-upstream.ts";

try {
  process.exitCode = await runUpstream(process.argv.slice(2), {
    stdout: (text) => process.stdout.write(text),
    stderr: (text) => process.stderr.write(text),
  });
} catch (error) {
  console.error(`spec-upstream: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
  process.exitCode = EXIT_BAD_INPUT;
}
