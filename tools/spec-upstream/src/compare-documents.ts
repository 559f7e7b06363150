// Compares Gong's flattened document with spec/'s: what one has and the other lacks, and what both
// have but declare differently. Paths are Gong's, except for what only spec/ has.
import { type FlatDocument, isFieldPath, type NodeFacts } from "./flatten-document.ts";

export const DIFFERENCE_KINDS = [
  "only-in-gong",
  "only-in-spec",
  "in",
  "type",
  "format",
  "enum",
  "required",
  "minimum",
  "maximum",
  "media-types",
] as const;
export type DifferenceKind = (typeof DIFFERENCE_KINDS)[number];

export interface Difference {
  path: string;
  kind: DifferenceKind;
  /** In words, without the path: `required in Gong, optional in spec/`. */
  text: string;
}

export interface ComparisonStats {
  operations: { both: number; onlyInGong: number; onlyInSpec: number };
  /** Parameter and property paths (the operations', bodies' and responses' own entries excluded). */
  fields: { gong: number; matched: number; spec: number; onlyInSpec: number };
}

export interface Comparison {
  differences: Difference[];
  stats: ComparisonStats;
}

const INPUT_LOCATIONS = ["query", "path", "header", "cookie", "body"];

/** `GET /v2/calls` from any path under that operation. */
function operationOf(path: string): string {
  const end = path.indexOf(" ", path.indexOf(" ") + 1);
  return end === -1 ? path : path.slice(0, end);
}

/** The entry one level up: `… 200 body.calls[]` -> `… 200 body.calls` -> `… 200` -> `GET /v2/calls`. */
export function parentPath(path: string): string | undefined {
  const op = operationOf(path);
  if (op === path) return undefined;
  let rest = path.slice(op.length + 1);
  if (rest.endsWith("[]") || rest.endsWith("{}")) rest = rest.slice(0, -2);
  else {
    const dot = rest.lastIndexOf(".");
    if (dot === -1) return op;
    rest = rest.slice(0, dot);
  }
  if (INPUT_LOCATIONS.includes(rest) && rest !== "body") return op;
  const response = /^(\S+) body$/.exec(rest);
  return `${op} ${response === null ? rest : response[1]}`;
}

/** `query.fromDateTime` or `body.filter` right under the operation: where a request input can move. */
function inputLocation(path: string): { op: string; location: string; name: string } | undefined {
  const op = operationOf(path);
  const match = /^(\w+)\.([^.[{]+)$/.exec(path.slice(op.length + 1));
  if (match === null || !INPUT_LOCATIONS.includes(match[1]!)) return undefined;
  return { op, location: match[1]!, name: match[2]! };
}

/**
 * spec/'s entries with inputs that moved (Gong's `query.x` is spec/'s `body.x`, or the reverse)
 * renamed to Gong's paths, so that what lies under them is compared too; `moves` maps Gong's path
 * to spec/'s.
 */
function alignMovedInputs(
  gong: FlatDocument,
  spec: FlatDocument,
): { aligned: FlatDocument; moves: Map<string, string> } {
  const moves = new Map<string, string>();
  for (const path of gong.keys()) {
    const input = inputLocation(path);
    if (input === undefined || spec.has(path)) continue;
    const candidates = INPUT_LOCATIONS.filter((location) => location !== input.location)
      .map((location) => `${input.op} ${location}.${input.name}`)
      .filter((other) => spec.has(other) && !gong.has(other));
    if (candidates.length === 1) moves.set(path, candidates[0]!);
  }
  if (moves.size === 0) return { aligned: spec, moves };
  const renames = [...moves].map(([gongPath, specPath]) => ({ gongPath, specPath }));
  const aligned: FlatDocument = new Map();
  for (const [path, facts] of spec) {
    const rename = renames.find(
      ({ specPath }) =>
        path === specPath || (path.startsWith(specPath) && /^[.[{]/.test(path.slice(specPath.length))),
    );
    aligned.set(rename === undefined ? path : rename.gongPath + path.slice(rename.specPath.length), facts);
  }
  return { aligned, moves };
}

function describeEntry(facts: NodeFacts): string {
  const details = [facts.type, facts.format, facts.required === true ? "required" : undefined];
  if (facts.mediaTypes !== undefined) details.push(facts.mediaTypes.join(", ") || "no body");
  const listed = details.filter((detail) => detail !== undefined && detail !== "");
  const kind = facts.kind === "parameter" ? `${facts.in} parameter` : facts.kind;
  return listed.length === 0 ? kind : `${kind} (${listed.join(", ")})`;
}

const show = (value: string | number | undefined): string => (value === undefined ? "none" : String(value));

const quoted = (values: string[]): string => values.map((value) => JSON.stringify(value)).join(", ");

function compareEnums(gong: string[] | undefined, spec: string[] | undefined): string | undefined {
  if (gong === undefined && spec === undefined) return undefined;
  if (gong === undefined || spec === undefined) {
    const side = (values: string[] | undefined) => (values === undefined ? "none" : quoted(values));
    return `enum ${side(gong)} in Gong, ${side(spec)} in spec/`;
  }
  const onlyGong = gong.filter((value) => !spec.includes(value));
  const onlySpec = spec.filter((value) => !gong.includes(value));
  if (onlyGong.length === 0 && onlySpec.length === 0) return undefined;
  const parts = [];
  if (onlyGong.length > 0) parts.push(`only Gong has ${quoted(onlyGong)}`);
  if (onlySpec.length > 0) parts.push(`only spec/ has ${quoted(onlySpec)}`);
  return `enum: ${parts.join("; ")}`;
}

/** The attribute differences of one path both documents have. */
function compareFacts(
  path: string,
  gong: NodeFacts,
  spec: NodeFacts,
  specPath: string | undefined,
): Difference[] {
  const found: Difference[] = [];
  const add = (kind: DifferenceKind, text: string) => found.push({ path, kind, text });
  if (gong.in !== spec.in) {
    add(
      "in",
      `in ${show(gong.in)} in Gong, ${show(spec.in)} in spec/${specPath === undefined ? "" : ` (${specPath})`}`,
    );
  }
  if (gong.type !== spec.type) add("type", `type ${show(gong.type)} in Gong, ${show(spec.type)} in spec/`);
  if (gong.format !== spec.format)
    add("format", `format ${show(gong.format)} in Gong, ${show(spec.format)} in spec/`);
  const enums = compareEnums(gong.enum, spec.enum);
  if (enums !== undefined) add("enum", enums);
  if (gong.required !== spec.required && gong.required !== undefined && spec.required !== undefined) {
    const word = (required: boolean) => (required ? "required" : "optional");
    add("required", `${word(gong.required)} in Gong, ${word(spec.required)} in spec/`);
  }
  if (gong.minimum !== spec.minimum)
    add("minimum", `minimum ${show(gong.minimum)} in Gong, ${show(spec.minimum)} in spec/`);
  if (gong.maximum !== spec.maximum)
    add("maximum", `maximum ${show(gong.maximum)} in Gong, ${show(spec.maximum)} in spec/`);
  const gongMedia = gong.mediaTypes?.join(", ");
  const specMedia = spec.mediaTypes?.join(", ");
  if (gongMedia !== specMedia)
    add("media-types", `media types ${gongMedia || "none"} in Gong, ${specMedia || "none"} in spec/`);
  return found;
}

/**
 * Entries only one side has, each listed once at its top: an operation spec/ lacks is one line, not one
 * per property under it (their number follows in words).
 */
function oneSided(
  entries: FlatDocument,
  other: FlatDocument,
  kind: "only-in-gong" | "only-in-spec",
): Difference[] {
  const missing = [...entries.keys()].filter((path) => !other.has(path));
  const missingSet = new Set(missing);
  const nested = new Map<string, number>();
  const tops: string[] = [];
  for (const path of missing) {
    let top = path;
    for (
      let parent = parentPath(top);
      parent !== undefined && missingSet.has(parent);
      parent = parentPath(top)
    )
      top = parent;
    if (top === path) tops.push(path);
    else nested.set(top, (nested.get(top) ?? 0) + 1);
  }
  const side = kind === "only-in-gong" ? "only in Gong" : "only in spec/";
  return tops.map((path) => {
    const under = nested.get(path) ?? 0;
    const suffix = under === 0 ? "" : `, and ${under} path${under === 1 ? "" : "s"} under it`;
    return { path, kind, text: `${side}: ${describeEntry(entries.get(path)!)}${suffix}` };
  });
}

/** Sorted by path, then kind: the same input gives the same output, byte for byte. */
export function sortDifferences(differences: Difference[]): Difference[] {
  const order = (kind: DifferenceKind) => DIFFERENCE_KINDS.indexOf(kind);
  return [...differences].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : order(a.kind) - order(b.kind),
  );
}

export function compareDocuments(gong: FlatDocument, spec: FlatDocument): Comparison {
  const { aligned, moves } = alignMovedInputs(gong, spec);
  const differences: Difference[] = [
    ...oneSided(gong, aligned, "only-in-gong"),
    ...oneSided(aligned, gong, "only-in-spec"),
  ];
  for (const [path, facts] of gong) {
    const other = aligned.get(path);
    if (other !== undefined) differences.push(...compareFacts(path, facts, other, moves.get(path)));
  }
  const operations = (doc: FlatDocument) =>
    [...doc].filter(([, facts]) => facts.kind === "operation").map(([path]) => path);
  const gongOps = operations(gong);
  const specOps = operations(aligned);
  const fields = (doc: FlatDocument) =>
    [...doc].filter(([, facts]) => isFieldPath(facts)).map(([path]) => path);
  const gongFields = fields(gong);
  const specFields = fields(aligned);
  const stats: ComparisonStats = {
    operations: {
      both: gongOps.filter((op) => aligned.has(op)).length,
      onlyInGong: gongOps.filter((op) => !aligned.has(op)).length,
      onlyInSpec: specOps.filter((op) => !gong.has(op)).length,
    },
    fields: {
      gong: gongFields.length,
      matched: gongFields.filter((path) => aligned.has(path)).length,
      spec: specFields.length,
      onlyInSpec: specFields.filter((path) => !gong.has(path)).length,
    },
  };
  return { differences: sortDifferences(differences), stats };
}
