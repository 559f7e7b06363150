import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { bundleSpec, specFolder } from "./bundle-spec.ts";
import { diffSpec, type SpecDiff } from "./diff-spec.ts";

const run = promisify(execFile);

/** The default base: where this branch left `main` (or `origin/main` in a CI checkout). */
export async function defaultBase(repoRoot: string): Promise<string> {
  for (const branch of ["main", "origin/main"]) {
    try {
      const { stdout } = await run("git", ["merge-base", "HEAD", branch], { cwd: repoRoot });
      return stdout.trim();
    } catch {}
  }
  throw new Error("No merge base with `main` or `origin/main`: pass --base <git-ref>.");
}

/** True when anything under spec/ differs between `base` and the working tree. */
export async function specChangedSince(repoRoot: string, base: string): Promise<boolean> {
  const status = await run("git", ["status", "--porcelain", "--", specFolder], { cwd: repoRoot });
  if (status.stdout.trim() !== "") return true;
  return run("git", ["diff", "--quiet", base, "--", specFolder], { cwd: repoRoot }).then(
    () => false,
    () => true,
  );
}

/** Bundles the spec at `base` and in the working tree and rates the difference with `redocly diff`. */
export async function specDiffSince(repoRoot: string, base: string): Promise<SpecDiff> {
  const work = await mkdtemp(join(tmpdir(), "gongkit-spec-diff-"));
  try {
    const baseFile = await bundleSpec(repoRoot, base, join(work, "base.json"));
    const revisionFile = await bundleSpec(repoRoot, null, join(work, "revision.json"));
    if (revisionFile === null) throw new Error("spec/openapi.yaml is missing from the working tree.");
    // No spec at the base: the whole API is new, which is a feature.
    if (baseFile === null) return { bump: "minor", changes: [] };
    return await diffSpec(baseFile, revisionFile, work);
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}
