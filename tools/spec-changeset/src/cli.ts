#!/usr/bin/env node
// spec-changeset [write|check] [--base <git-ref>]: the changeset a spec change needs, written or checked.
import { parseArgs } from "node:util";
import { checkChangesetLevel } from "./check-changeset-level.ts";
import { defaultBase } from "./spec-diff-since.ts";
import { writeSpecChangeset } from "./write-spec-changeset.ts";

const { values, positionals } = parseArgs({
  options: { base: { type: "string" }, cwd: { type: "string" } },
  allowPositionals: true,
});
const command = positionals[0] ?? "write";
const repoRoot = values.cwd ?? process.cwd();

try {
  const base = values.base ?? (await defaultBase(repoRoot));
  if (command === "write") {
    const written = await writeSpecChangeset(repoRoot, base);
    if (written.id === null) console.log(`No spec change since ${base}: no changeset written.`);
    else console.log(`Wrote .changeset/${written.id}.md (${written.bump}):\n\n${written.summary}`);
  } else if (command === "check") {
    const report = await checkChangesetLevel(repoRoot, base);
    const pending = Object.entries(report.pending)
      .map(([name, bump]) => `${name}: ${bump}`)
      .join(", ");
    if (report.ok) {
      console.log(`Changeset level ok: spec change requires ${report.required}; pending ${pending}.`);
    } else {
      console.error(
        `The spec changed since ${base} and redocly diff rates it ${report.required}, ` +
          `but the pending changesets give ${pending}.\nFix: pnpm spec:changeset --base ${base}`,
      );
      process.exitCode = 1;
    }
  } else {
    throw new Error(`Unknown command "${command}": use write or check.`);
  }
} catch (error) {
  console.error(`spec-changeset: ${error instanceof Error ? error.message : String(error)}`);
  process.exitCode = 1;
}
