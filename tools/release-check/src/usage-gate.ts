import { mkdtemp, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";
import { runCommand } from "./run-command.ts";
import { repoRoot, tscCommand } from "./workspace.ts";

export const usageFile = "tools/release-check/consumer/usage.ts";
// Inside this package, so `@gongkit/*` resolve to the workspace packages through its node_modules.
const gateParent = new URL("../", import.meta.url).pathname;

/** The newest release tag of the published packages, or null before the first release. */
export async function previousRelease(): Promise<string | null> {
  const { output } = await runCommand("git", ["tag", "--list", "@gongkit/client@*", "--sort=-v:refname"], {
    cwd: repoRoot,
  });
  return output.split("\n").find(Boolean) ?? null;
}

export interface UsageGateResult {
  /** What the usage file was taken from. */
  ref: string;
  /** null when the ref has no usage file yet; else whether it still compiles against the current packages. */
  compiles: boolean | null;
  output: string;
}

/** Type-checks the usage file as it was at `ref` against the packages in this working tree (built `dist/`). */
export async function checkPreviousUsage(ref: string): Promise<UsageGateResult> {
  const previous = await runCommand("git", ["show", `${ref}:${usageFile}`], { cwd: repoRoot });
  if (previous.code !== 0) return { ref, compiles: null, output: `${usageFile} does not exist at ${ref}` };
  return { ref, ...(await typeCheckUsage(previous.output)) };
}

/** Type-checks usage source, strict, against the current @gongkit packages. */
export async function typeCheckUsage(source: string): Promise<{ compiles: boolean; output: string }> {
  const gateDir = await mkdtemp(join(gateParent, ".usage-gate-"));
  try {
    await writeFile(join(gateDir, "usage.ts"), source);
    const compilerOptions = { target: "ES2022", module: "NodeNext", strict: true, noEmit: true, types: [] };
    await writeFile(join(gateDir, "tsconfig.json"), JSON.stringify({ compilerOptions, files: ["usage.ts"] }));
    const [tsc, args] = tscCommand();
    const { code, output } = await runCommand(tsc, [...args, "-p", gateDir], { cwd: gateDir });
    return { compiles: code === 0, output };
  } finally {
    await rm(gateDir, { recursive: true, force: true });
  }
}
