// The `gong` command line of an operation, from @gongkit/cli's own command table, checked with the CLI's
// own parser: a sample the CLI would refuse fails the build.
import { isDeepStrictEqual } from "node:util";
import { COMMANDS, type CommandSpec, type FlagSpec, parseCommandLine } from "@gongkit/cli";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { firstRequestBody, type OperationModel, parameterExample } from "../spec/operations.ts";
import { shellWord, splitShellWords } from "./shell-words.ts";

export interface GongSample {
  /** e.g. "gong (@gongkit/cli)". */
  label: string;
  command: string;
  /** `gong <resource> <name>`: the command the line runs. */
  spec: CommandSpec;
}

/** Files the upload samples name: media for a recording, JSON lines for records. */
export const uploadFiles = { media: "call.mp3", records: "records.jsonl" } as const;

/**
 * One line per command of the operation: its own command, then (for a job's status operation) the one
 * that waits for the job. Empty when the CLI has no command for the operation.
 */
export function gongSamples(doc: OpenApiDocument, operation: OperationModel): GongSample[] {
  const commands = COMMANDS.filter((c) => c.operationId === operation.operationId);
  return [...commands]
    .sort((a, b) => Number(a.wait ?? false) - Number(b.wait ?? false))
    .map((spec) => ({
      label: spec.wait ? "gong, waiting until the job is done" : "gong (@gongkit/cli)",
      command: gongLine(doc, operation, spec),
      spec,
    }));
}

type Expected = {
  positionals: string[];
  query: Record<string, unknown>;
  bodyFields: Record<string, unknown>;
};

/**
 * `gong <resource> <name> <positionals> --flag value …` with the spec's examples: the required query
 * parameters, the request example as body flags where each of its values is a flag's scalar (or list),
 * else the whole example as `--body '<json>'`, and `--file <path>` for an upload. Throws when the CLI's
 * parser refuses the line or reads it otherwise than meant.
 */
export function gongLine(doc: OpenApiDocument, operation: OperationModel, spec: CommandSpec): string {
  const positionals = spec.positionals.map((argument) => {
    const parameter =
      operation.parameters.find((p) => p.in === "path" && p.name === argument.name) ??
      operation.parameters.find((p) => p.name === argument.name);
    const example = parameter === undefined ? undefined : parameterExample(doc, parameter);
    return example === undefined ? `<${argument.name}>` : String(example);
  });
  const options: string[][] = [];
  const query: Record<string, unknown> = {};
  for (const flag of spec.flags.filter((f) => f.in === "query")) {
    const name = flag.path[0]!;
    if (spec.positionals.some((p) => p.name === name)) continue;
    const parameter = operation.parameters.find((p) => p.in === "query" && p.name === name);
    if (parameter === undefined || !(flag.required || parameter.required)) continue;
    const example = parameterExample(doc, parameter);
    const words = flagWords(flag, example);
    if (words === undefined) continue;
    options.push(words);
    query[name] = asFlagValue(flag, example);
  }
  const expected: Expected = { positionals, query, bodyFields: {} };
  if (spec.upload !== undefined)
    options.push(["--file", uploadFiles[spec.upload.records ? "records" : "media"]]);
  const head = ["gong", spec.resource, spec.name, ...positionals];
  if (spec.body === "none") return checked(spec, render(head, options), expected);

  const body = firstRequestBody(operation)?.value;
  const asFlags = body === undefined ? undefined : bodyFlags(spec, body);
  if (asFlags !== undefined) {
    const line = render(head, [...options, ...asFlags.words]);
    if (readsAs(spec, line, { ...expected, bodyFields: asFlags.fields })) return line;
  }
  const json = body === undefined ? "@body.json" : JSON.stringify(body, null, 2);
  return checked(spec, render(head, [...options, ["--body", json]]), expected);
}

/** The body as flags: each value a scalar or list of scalars at a flag's path, one or two levels deep. */
function bodyFlags(
  spec: CommandSpec,
  body: unknown,
): { words: string[][]; fields: Record<string, unknown> } | undefined {
  if (typeof body !== "object" || body === null || Array.isArray(body)) return undefined;
  const words: string[][] = [];
  const fields: Record<string, unknown> = {};
  const leaves: { path: string[]; value: unknown }[] = [];
  for (const [key, value] of Object.entries(body)) {
    if (isObject(value)) {
      for (const [inner, v] of Object.entries(value)) leaves.push({ path: [key, inner], value: v });
      if (Object.keys(value).length === 0) return undefined;
    } else leaves.push({ path: [key], value });
  }
  for (const { path, value } of leaves) {
    const flag = spec.flags.find((f) => f.in === "body" && isDeepStrictEqual(f.path, path));
    const flagged = flag === undefined ? undefined : flagWords(flag, value);
    if (flag === undefined || flagged === undefined) return undefined;
    words.push(flagged);
    let node = fields;
    for (const key of path.slice(0, -1)) {
      node[key] ??= {};
      node = node[key] as Record<string, unknown>;
    }
    node[path.at(-1)!] = asFlagValue(flag, value);
  }
  return { words, fields };
}

/** `--flag value`, `--flag a,b`, `--flag` / `--no-flag`; undefined for a value no flag can carry. */
function flagWords(flag: FlagSpec, value: unknown): string[] | undefined {
  const name = `--${flag.flag}`;
  if (flag.type === "boolean")
    return typeof value === "boolean" ? [value ? name : `--no-${flag.flag}`] : undefined;
  if (flag.array) {
    if (!Array.isArray(value) || value.length === 0 || !value.every(isScalar)) return undefined;
    const items = value.map(String);
    return items.some((item) => item.includes(",") || item === "") ? undefined : [name, items.join(",")];
  }
  return isScalar(value) && typeof value !== "boolean" ? [name, String(value)] : undefined;
}

/** What the CLI's parser makes of a flag's value: digits for 64-bit integers, numbers, strings. */
function asFlagValue(flag: FlagSpec, value: unknown): unknown {
  const one = (v: unknown) =>
    flag.type === "integer" || flag.type === "number" ? Number(v) : flag.type === "boolean" ? v : String(v);
  return flag.array ? (value as unknown[]).map(one) : one(value);
}

const isScalar = (value: unknown) => ["string", "number", "boolean"].includes(typeof value);
const isObject = (value: unknown): value is Record<string, unknown> =>
  typeof value === "object" && value !== null && !Array.isArray(value);

/** One line when short, else an option a line with shell continuations (as the curl samples). */
function render(head: string[], options: string[][]): string {
  const words = [head.map(shellWord).join(" "), ...options.map((o) => o.map(shellWord).join(" "))];
  const oneLine = words.join(" ");
  return oneLine.length <= 90 && !oneLine.includes("\n") ? oneLine : words.join(" \\\n  ");
}

/** Whether the CLI parses `line` into `spec` with exactly these values. */
function readsAs(spec: CommandSpec, line: string, expected: Expected): boolean {
  try {
    return matches(spec, line, expected) === undefined;
  } catch {
    return false;
  }
}

function checked(spec: CommandSpec, line: string, expected: Expected): string {
  let problem: string | undefined;
  try {
    problem = matches(spec, line, expected);
  } catch (error) {
    problem = `the CLI refuses it: ${(error as Error).message}`;
  }
  if (problem !== undefined)
    throw new Error(`The gong sample of ${spec.operationId} is wrong, ${problem}:\n${line}`);
  return line;
}

/** Undefined when the line parses as meant, else what differs; the parser's own error is thrown. */
function matches(spec: CommandSpec, line: string, expected: Expected): string | undefined {
  const parsed = parseCommandLine(splitShellWords(line).slice(1));
  if (parsed.kind !== "command") return `parsed as ${parsed.kind}`;
  if (parsed.command.resource !== spec.resource || parsed.command.name !== spec.name)
    return `runs gong ${parsed.command.resource} ${parsed.command.name}`;
  const got = { positionals: parsed.positionals, query: parsed.query, bodyFields: parsed.bodyFields };
  return isDeepStrictEqual(got, expected) ? undefined : `reads ${JSON.stringify(got)}`;
}
