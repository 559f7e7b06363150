// The report in words: a summary, then every new difference, stale accepted entries and accepted ones.
import type { Triage } from "./accepted-deviations.ts";
import {
  type ComparisonStats,
  DIFFERENCE_KINDS,
  type Difference,
  type DifferenceKind,
} from "./compare-documents.ts";

export interface ReportInput {
  gong: { source: string; openapi: string };
  spec: { source: string; openapi: string };
  acceptedFile: string;
  stats: ComparisonStats;
  triage: Triage;
}

const KIND_WORDS: Record<DifferenceKind, string> = {
  "only-in-gong": "only in Gong",
  "only-in-spec": "only in spec/",
  in: "in (location)",
  type: "type",
  format: "format",
  enum: "enum",
  required: "required",
  minimum: "minimum",
  maximum: "maximum",
  "media-types": "media types",
};

const count = (value: number): string => value.toLocaleString("en-US");

function kindCounts(fresh: Difference[], accepted: Difference[]): string[] {
  const lines: string[] = [];
  for (const kind of DIFFERENCE_KINDS) {
    const freshCount = fresh.filter((difference) => difference.kind === kind).length;
    const acceptedCount = accepted.filter((difference) => difference.kind === kind).length;
    if (freshCount + acceptedCount === 0) continue;
    lines.push(
      `  ${`${KIND_WORDS[kind]}:`.padEnd(16)} ${count(freshCount)} new, ${count(acceptedCount)} accepted`,
    );
  }
  return lines;
}

/** True when the report says something moved: a new difference, or an accepted one that is gone. */
export function hasMoved(triage: Triage): boolean {
  return triage.fresh.length > 0 || triage.stale.length > 0;
}

export function formatReport({ gong, spec, acceptedFile, stats, triage }: ReportInput): string {
  const { operations, fields } = stats;
  const lines = [
    `Gong:  ${gong.source} (OpenAPI ${gong.openapi})`,
    `spec/: ${spec.source} (OpenAPI ${spec.openapi})`,
    `Operations: ${count(operations.both)} in both, ${count(operations.onlyInGong)} only in Gong, ${count(operations.onlyInSpec)} only in spec/.`,
    `Parameter and property paths: ${count(fields.matched)} of Gong's ${count(fields.gong)} in spec/; ` +
      `${count(fields.onlyInSpec)} of spec/'s ${count(fields.spec)} not in Gong.`,
    `Differences: ${count(triage.fresh.length)} new, ${count(triage.accepted.length)} accepted (${acceptedFile}), ` +
      `${count(triage.stale.length)} accepted no longer seen.`,
    ...kindCounts(triage.fresh, triage.accepted),
    hasMoved(triage)
      ? "Result: moved. Update spec/ (or accepted.json, with a reason) for what follows."
      : "Result: in step (nothing moved).",
  ];
  if (triage.fresh.length > 0) {
    lines.push("", `New differences (${count(triage.fresh.length)}):`);
    for (const { path, text } of triage.fresh) lines.push(`  ${path}: ${text}`);
  }
  if (triage.stale.length > 0) {
    lines.push(
      "",
      `Accepted deviations that no longer match anything (${count(triage.stale.length)}): remove them from ${acceptedFile}`,
    );
    for (const { kind, path, reason } of triage.stale) lines.push(`  ${path} [${kind}]: ${reason}`);
  }
  if (triage.accepted.length > 0) {
    lines.push("", `Accepted differences (${count(triage.accepted.length)}), reasons in ${acceptedFile}:`);
    for (const { path, text } of triage.accepted) lines.push(`  ${path}: ${text}`);
  }
  return `${lines.join("\n")}\n`;
}
