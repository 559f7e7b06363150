// pnpm usage:gate [--ref <git-ref>] — the previous release's usage must still compile, or a major bump is pending.
import { parseArgs } from "node:util";
import { pendingBumps } from "@gongkit/spec-changeset/check-changeset-level";
import { publishedPackages } from "@gongkit/spec-changeset/published-packages";
import { runCommand } from "./run-command.ts";
import { checkPreviousUsage, previousRelease, usageFile } from "./usage-gate.ts";
import { repoRoot } from "./workspace.ts";

const { values } = parseArgs({ options: { ref: { type: "string" } } });
const mergeBase = await runCommand("git", ["merge-base", "HEAD", "main"], { cwd: repoRoot });
const ref = values.ref ?? (await previousRelease()) ?? (mergeBase.code === 0 ? mergeBase.output : "HEAD");

const result = await checkPreviousUsage(ref);
if (result.compiles === null) {
  console.log(`usage gate: ${result.output}; nothing to hold the new packages to.`);
} else if (result.compiles) {
  console.log(`usage gate: ${usageFile} from ${ref} compiles against the new packages.`);
} else {
  const packages = await publishedPackages(repoRoot);
  const pending = await pendingBumps(repoRoot, packages);
  const majors = packages.filter((name) => pending[name] === "major");
  console.log(result.output);
  if (majors.length === packages.length) {
    console.log(
      `usage gate: ${usageFile} from ${ref} no longer compiles; a major changeset is pending, as it must be.`,
    );
  } else {
    console.error(
      `usage gate: ${usageFile} from ${ref} no longer compiles against the new packages: this breaks consumers, ` +
        `so it cannot ship as ${Object.values(pending).join("/")}.\nFix: add a major changeset (pnpm changeset), or restore compatibility.`,
    );
    process.exitCode = 1;
  }
}
