import type { BumpLevel } from "./bump-level.ts";
import { redocly } from "./redocly.ts";

/** One change as `redocly diff --format json` reports it (the fields gongkit reads). */
export interface SpecChange {
  path: string;
  kind: "added" | "removed" | "modified" | string;
  impact: Exclude<BumpLevel, "none">;
  property?: string;
  verdicts: { message: string }[];
  /** The OpenAPI object changed (`Schema`, `Parameter`, `PathItem`, ...). */
  typeName?: string;
  /** Where it was and what it held in the base spec (absent for an addition). */
  base?: SpecChangeSide;
  /** Where it is and what it holds in the revision (absent for a removal). */
  revision?: SpecChangeSide;
}

/** One side of a change: the JSON pointer in that bundle and, where Redocly includes it, the value there. */
export interface SpecChangeSide {
  pointer: string;
  value?: unknown;
}

export interface SpecDiff {
  bump: BumpLevel;
  changes: SpecChange[];
}

/** Rates every change between two bundled specs by the semver bump it requires (`redocly diff`). */
export async function diffSpec(baseFile: string, revisionFile: string, cwd: string): Promise<SpecDiff> {
  const report = JSON.parse(
    await redocly(["diff", baseFile, revisionFile, "--format", "json", "--fail-on", "none"], cwd),
  ) as { bump?: BumpLevel; changes?: SpecChange[] };
  const changes = report.changes ?? [];
  return { bump: changes.length === 0 ? "none" : (report.bump ?? "none"), changes };
}
