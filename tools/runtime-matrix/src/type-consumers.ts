import type { CheckResult } from "../scenario/scenario.ts";

/** Placeholder until the consumer type matrix lands. */
export async function typeCheckConsumers(
  _projectDir: string,
): Promise<{ name: string; results: CheckResult[]; took: string }[]> {
  return [];
}
