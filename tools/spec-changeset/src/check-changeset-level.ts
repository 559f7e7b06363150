import { readChangesets } from "@changesets/read";
import { type BumpLevel, covers, maxBump } from "./bump-level.ts";
import { publishedPackages } from "./published-packages.ts";
import { specChangedSince, specDiffSince } from "./spec-diff-since.ts";

export interface ChangesetLevelReport {
  ok: boolean;
  required: BumpLevel;
  /** The largest bump the pending changesets give each published package. */
  pending: Record<string, BumpLevel>;
}

/** The bump the pending changesets in `.changeset/` give each of `packages`. */
export async function pendingBumps(repoRoot: string, packages: string[]): Promise<Record<string, BumpLevel>> {
  const pending = Object.fromEntries(packages.map((name) => [name, "none" as BumpLevel]));
  for (const changeset of await readChangesets(repoRoot)) {
    for (const release of changeset.releases) {
      if (release.name in pending && release.type !== "none") {
        pending[release.name] = maxBump(pending[release.name]!, release.type);
      }
    }
  }
  return pending;
}

/** Passes when spec/ is unchanged since `base`, or the pending changesets cover the bump the change requires. */
export async function checkChangesetLevel(repoRoot: string, base: string): Promise<ChangesetLevelReport> {
  const packages = await publishedPackages(repoRoot);
  const pending = await pendingBumps(repoRoot, packages);
  if (!(await specChangedSince(repoRoot, base))) return { ok: true, required: "none", pending };
  const { bump: required } = await specDiffSince(repoRoot, base);
  const ok = packages.every((name) => covers(pending[name]!, required));
  return { ok, required, pending };
}
