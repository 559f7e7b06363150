import { writeChangeset } from "@changesets/write";
import { summarizeChanges } from "./describe-change.ts";
import { publishedPackages } from "./published-packages.ts";
import { specDiffSince } from "./spec-diff-since.ts";

export interface WrittenChangeset {
  bump: "none" | "patch" | "minor" | "major";
  /** The changeset's id (its file name in .changeset/ without `.md`), or null when nothing was written. */
  id: string | null;
  summary: string;
}

/** Writes a changeset for the published packages at the level the spec change since `base` requires. */
export async function writeSpecChangeset(repoRoot: string, base: string): Promise<WrittenChangeset> {
  const diff = await specDiffSince(repoRoot, base);
  if (diff.bump === "none") return { bump: "none", id: null, summary: "" };
  const summary = summarizeChanges(diff.changes, diff.bump, base.slice(0, 12));
  const packages = await publishedPackages(repoRoot);
  const id = await writeChangeset(
    { summary, releases: packages.map((name) => ({ name, type: diff.bump as "patch" | "minor" | "major" })) },
    repoRoot,
  );
  return { bump: diff.bump, id, summary };
}
