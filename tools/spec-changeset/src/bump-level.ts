/** A semver bump, as `redocly diff` and Changesets both name it; "none" when nothing changed. */
export type BumpLevel = "none" | "patch" | "minor" | "major";

const order: readonly BumpLevel[] = ["none", "patch", "minor", "major"];

/** True when `actual` is at least as large a bump as `required`. */
export function covers(actual: BumpLevel, required: BumpLevel): boolean {
  return order.indexOf(actual) >= order.indexOf(required);
}

/** The larger of two bumps. */
export function maxBump(a: BumpLevel, b: BumpLevel): BumpLevel {
  return covers(a, b) ? a : b;
}
