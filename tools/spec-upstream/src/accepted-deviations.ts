// The differences spec/ keeps on purpose (accepted.json): each kind and path glob with its reason.
import { readFile } from "node:fs/promises";
import { DIFFERENCE_KINDS, type Difference, type DifferenceKind } from "./compare-documents.ts";
import { BadInputError } from "./openapi.ts";

export interface AcceptedDeviation {
  kind: DifferenceKind;
  /** Globs over difference paths: `*` stands for any run of characters, everything else for itself. */
  paths: string[];
  reason: string;
}

export interface AcceptedDifference extends Difference {
  reason: string;
}

export interface Triage {
  /** Differences no accepted entry covers: the API (or spec/) moved. */
  fresh: Difference[];
  accepted: AcceptedDifference[];
  /** Accepted globs that matched no difference: what they excused is gone, so the entry should go too. */
  stale: Array<{ kind: DifferenceKind; path: string; reason: string }>;
}

export const DEFAULT_ACCEPTED_FILE = new URL("../accepted.json", import.meta.url);

/** `*` matches any run of characters; the rest is literal. */
export function globToRegExp(glob: string): RegExp {
  const body = glob
    .split("*")
    .map((part) => part.replace(/[\\^$.|?+()[\]{}]/g, "\\$&"))
    .join(".*");
  return new RegExp(`^${body}$`);
}

function invalid(file: string, why: string): BadInputError {
  return new BadInputError(`${file} is not a valid accepted-deviations file: ${why}`);
}

/** Parses an accepted-deviations document: `{ "deviations": [{ "kind", "paths", "reason" }] }`. */
export function parseAccepted(text: string, file: string): AcceptedDeviation[] {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch (error) {
    throw invalid(file, error instanceof Error ? error.message : String(error));
  }
  const deviations = (parsed as { deviations?: unknown } | null)?.deviations;
  if (!Array.isArray(deviations)) throw invalid(file, `it has no "deviations" array`);
  return deviations.map((entry: unknown, index) => {
    const { kind, paths, reason } = (entry ?? {}) as Record<string, unknown>;
    if (!DIFFERENCE_KINDS.includes(kind as DifferenceKind)) {
      throw invalid(file, `deviations[${index}].kind must be one of ${DIFFERENCE_KINDS.join(", ")}`);
    }
    if (
      !Array.isArray(paths) ||
      paths.length === 0 ||
      !paths.every((path) => typeof path === "string" && path !== "")
    ) {
      throw invalid(file, `deviations[${index}].paths must be a non-empty list of path globs`);
    }
    if (typeof reason !== "string" || reason.trim() === "")
      throw invalid(file, `deviations[${index}] has no reason`);
    return { kind: kind as DifferenceKind, paths: paths as string[], reason };
  });
}

export async function loadAccepted(file: string | URL): Promise<AcceptedDeviation[]> {
  const name = file instanceof URL ? file.pathname : file;
  let text: string;
  try {
    text = await readFile(file, "utf8");
  } catch (error) {
    throw new BadInputError(
      `cannot read ${name} (${(error as NodeJS.ErrnoException).code ?? String(error)})`,
    );
  }
  return parseAccepted(text, name);
}

/** Splits `differences` into new ones and accepted ones, and names the accepted globs nothing matched. */
export function triage(differences: Difference[], deviations: AcceptedDeviation[]): Triage {
  const globs = deviations.flatMap((deviation) =>
    deviation.paths.map((path) => ({ ...deviation, path, pattern: globToRegExp(path), used: false })),
  );
  const result: Triage = { fresh: [], accepted: [], stale: [] };
  for (const difference of differences) {
    const glob = globs.find(
      (candidate) => candidate.kind === difference.kind && candidate.pattern.test(difference.path),
    );
    if (glob === undefined) {
      result.fresh.push(difference);
      continue;
    }
    glob.used = true;
    result.accepted.push({ ...difference, reason: glob.reason });
  }
  result.stale = globs.filter((glob) => !glob.used).map(({ kind, path, reason }) => ({ kind, path, reason }));
  return result;
}
