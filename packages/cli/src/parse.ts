// The command line, read without touching the network: which command, its arguments as the client method
// takes them, and the global options. The docs site checks its `gong` samples with this same parser.
import { parseArgs } from "node:util";
import type { CommandSpec, FlagSpec, ValueType } from "./command-spec.js";
import { COMMANDS } from "./generated/commands.js";

/** A command line that cannot be run as written: exit code 2, and the message says why. */
export class UsageError extends Error {
  constructor(
    message: string,
    /** The command the line was for, when it got that far (its --help is the hint). */
    readonly command?: CommandSpec,
  ) {
    super(message);
  }
}
UsageError.prototype.name = "UsageError";

export type OutputFormat = "json" | "jsonl" | "table";

/** Options every command takes. */
export interface GlobalOptions {
  output: OutputFormat | undefined;
  all: boolean;
  limit: number | undefined;
  dryRun: boolean;
  help: boolean;
  baseUrl: string | undefined;
  accessKey: string | undefined;
  accessKeySecret: string | undefined;
  bearerToken: string | undefined;
  timeoutMs: number | undefined;
  maxRetries: number | undefined;
  /** `--body`: JSON, `@file`, or `-` (standard input). */
  body: string | undefined;
  /** `--file`: the upload's file (media, or records as JSONL). */
  file: string | undefined;
}

export type ParsedLine =
  | { kind: "version" }
  | { kind: "help"; command?: CommandSpec; resource?: string }
  | { kind: "auth"; action: "login" | "logout" | "status"; options: GlobalOptions }
  | { kind: "export"; args: string[] }
  | {
      kind: "command";
      command: CommandSpec;
      /** Path parameters (or a wait's id), in order. */
      positionals: string[];
      query: Record<string, unknown>;
      /** The body fields given as flags, nested as the body holds them. */
      bodyFields: Record<string, unknown>;
      options: GlobalOptions;
    };

/** Where and how to reach Gong: flags of every command and of `gong export`. */
export const CONNECTION_OPTIONS = {
  "base-url": { type: "string" },
  "access-key": { type: "string" },
  "access-key-secret": { type: "string" },
  "bearer-token": { type: "string" },
  timeout: { type: "string" },
  "max-retries": { type: "string" },
} as const;

export type ConnectionOptions = Pick<
  GlobalOptions,
  "baseUrl" | "accessKey" | "accessKeySecret" | "bearerToken" | "timeoutMs" | "maxRetries"
>;

const GLOBAL_OPTIONS = {
  output: { type: "string", short: "o" },
  all: { type: "boolean" },
  limit: { type: "string" },
  "dry-run": { type: "boolean" },
  help: { type: "boolean", short: "h" },
  version: { type: "boolean", short: "V" },
  ...CONNECTION_OPTIONS,
  body: { type: "string" },
  file: { type: "string" },
} as const;

type Options = Record<string, { type: "string" | "boolean"; short?: string; multiple?: boolean }>;

/** The command `gong <resource> <name>`, if there is one. */
export function findCommand(resource: string, name: string): CommandSpec | undefined {
  return COMMANDS.find((c) => c.resource === resource && c.name === name);
}

export function parseCommandLine(argv: readonly string[]): ParsedLine {
  // A first loose pass finds the words; the command's own flags are read strictly once it is known.
  const loose = parseArgs({
    args: [...argv],
    options: GLOBAL_OPTIONS,
    strict: false,
    allowPositionals: true,
  });
  const [resource, name] = loose.positionals;
  if (resource === undefined) {
    if (loose.values.version) return { kind: "version" };
    return { kind: "help" };
  }
  if (resource === "help") return { kind: "help", ...helpTarget(loose.positionals.slice(1)) };
  if (resource === "export") return { kind: "export", args: without(argv, ["export"]) };
  if (resource === "auth") {
    if (name !== "login" && name !== "logout" && name !== "status") {
      if (loose.values.help) return { kind: "help", resource: "auth" };
      throw new UsageError("gong auth takes login, logout or status");
    }
    const { values } = strictParse(without(argv, ["auth", name]), GLOBAL_OPTIONS, "gong auth");
    return { kind: "auth", action: name, options: globalOptions(values) };
  }
  if (!COMMANDS.some((c) => c.resource === resource)) {
    throw new UsageError(`gong has no command "${resource}": run gong --help for the list`);
  }
  if (name === undefined) return { kind: "help", resource };
  const command = findCommand(resource, name);
  if (command === undefined) {
    throw new UsageError(
      `gong ${resource} has no command "${name}": run gong ${resource} --help for the list`,
    );
  }
  if (loose.values.help) return { kind: "help", command };
  return readCommand(command, without(argv, [resource, name]));
}

function helpTarget(words: string[]): { command?: CommandSpec; resource?: string } {
  const [resource, name] = words;
  if (resource === undefined) return {};
  const command = name === undefined ? undefined : findCommand(resource, name);
  return command ? { command } : { resource };
}

/** `argv` without the first occurrence of each of `words`, in order. */
function without(argv: readonly string[], words: string[]): string[] {
  const rest = [...argv];
  for (const word of words) {
    const at = rest.indexOf(word);
    if (at >= 0) rest.splice(at, 1);
  }
  return rest;
}

function strictParse(args: string[], options: Options, where: string, command?: CommandSpec) {
  try {
    return parseArgs({ args, options, strict: true, allowPositionals: true });
  } catch (error) {
    throw new UsageError(
      `${where}: ${(error as Error).message.replace(/ To specify a positional.*$/s, "")}`,
      command,
    );
  }
}

function readCommand(command: CommandSpec, args: string[]): ParsedLine {
  const where = `gong ${command.resource} ${command.name}`;
  const options: Options = { ...GLOBAL_OPTIONS };
  for (const flag of command.flags) {
    if (flag.flag in GLOBAL_OPTIONS) continue;
    if (flag.type === "boolean") {
      options[flag.flag] = { type: "boolean" };
      options[`no-${flag.flag}`] = { type: "boolean" };
    } else {
      options[flag.flag] = { type: "string", ...(flag.array ? { multiple: true } : {}) };
    }
  }
  const { values, positionals } = strictParse(args, options, where, command);
  const expected = command.positionals.map((p) => `<${p.name}>`).join(" ");
  if (positionals.length !== command.positionals.length) {
    throw new UsageError(
      `${where} takes ${command.positionals.length === 0 ? "no arguments" : expected}; got ${positionals.length === 0 ? "none" : positionals.map((p) => JSON.stringify(p)).join(" ")}`,
      command,
    );
  }
  const query: Record<string, unknown> = {};
  const bodyFields: Record<string, unknown> = {};
  for (const flag of command.flags) {
    const raw = values[flag.flag];
    const negated = flag.type === "boolean" && values[`no-${flag.flag}`] === true;
    if (raw === undefined && !negated) continue;
    const value = negated ? false : convertFlag(flag, raw as string | string[] | boolean, where, command);
    if (flag.in === "query") query[flag.path[0]!] = value;
    else setPath(bodyFields, flag.path, value);
  }
  const globals = globalOptions(values as Record<string, unknown>);
  if (command.upload && globals.file === undefined) {
    throw new UsageError(
      `${where} needs --file <path> (${command.upload.records ? "records as JSON lines" : "the media file"})`,
      command,
    );
  }
  return {
    kind: "command",
    command,
    positionals: positionals.map(
      (value, i) =>
        convert(
          command.positionals[i]!.type,
          value,
          `<${command.positionals[i]!.name}>`,
          where,
          command,
        ) as string,
    ),
    query,
    bodyFields,
    options: globals,
  };
}

function setPath(target: Record<string, unknown>, path: string[], value: unknown): void {
  let node = target;
  for (const key of path.slice(0, -1)) {
    node[key] ??= {};
    node = node[key] as Record<string, unknown>;
  }
  node[path.at(-1)!] = value;
}

function convertFlag(
  flag: FlagSpec,
  raw: string | string[] | boolean,
  where: string,
  command: CommandSpec,
): unknown {
  if (flag.type === "boolean") return raw === true;
  const name = `--${flag.flag}`;
  const check = (value: string) => {
    if (flag.enum && !flag.enum.includes(value)) {
      throw new UsageError(
        `${where}: ${name} must be one of ${flag.enum.join(", ")}; got ${JSON.stringify(value)}`,
        command,
      );
    }
    return convert(flag.type, value, name, where, command);
  };
  if (!flag.array) return check(raw as string);
  // An array: the flag repeated, or values joined by commas.
  return (raw as string[])
    .flatMap((value) => value.split(","))
    .filter((v) => v !== "")
    .map(check);
}

function convert(type: ValueType, value: string, name: string, where: string, command: CommandSpec): unknown {
  if (type === "int64" && !/^-?\d{1,19}$/.test(value)) {
    throw new UsageError(
      `${where}: ${name} must be a 64-bit integer (digits); got ${JSON.stringify(value)}`,
      command,
    );
  }
  if (type === "integer" || type === "number") {
    const number = Number(value);
    if (
      value.trim() === "" ||
      !Number.isFinite(number) ||
      (type === "integer" && !Number.isSafeInteger(number))
    ) {
      throw new UsageError(
        `${where}: ${name} must be ${type === "integer" ? "an integer" : "a number"}; got ${JSON.stringify(value)}`,
        command,
      );
    }
    return number;
  }
  return value;
}

const stringOf = (values: Record<string, unknown>, name: string) =>
  typeof values[name] === "string" ? (values[name] as string) : undefined;

/** The connection flags' values, numbers checked. */
export function connectionOptions(values: Record<string, unknown>): ConnectionOptions {
  const string = (name: string) => stringOf(values, name);
  return {
    baseUrl: string("base-url"),
    accessKey: string("access-key"),
    accessKeySecret: string("access-key-secret"),
    bearerToken: string("bearer-token"),
    timeoutMs: wholeNumber(string("timeout"), "--timeout", 1),
    maxRetries: wholeNumber(string("max-retries"), "--max-retries", 0),
  };
}

function globalOptions(values: Record<string, unknown>): GlobalOptions {
  const string = (name: string) => stringOf(values, name);
  const output = string("output");
  if (output !== undefined && output !== "json" && output !== "jsonl" && output !== "table") {
    throw new UsageError(`-o/--output must be json, jsonl or table; got ${JSON.stringify(output)}`);
  }
  return {
    output,
    all: values.all === true,
    limit: wholeNumber(string("limit"), "--limit", 1),
    dryRun: values["dry-run"] === true,
    help: values.help === true,
    ...connectionOptions(values),
    body: string("body"),
    file: string("file"),
  };
}

function wholeNumber(value: string | undefined, name: string, min: number): number | undefined {
  if (value === undefined) return undefined;
  const number = Number(value);
  if (!Number.isSafeInteger(number) || number < min) {
    throw new UsageError(`${name} must be a whole number of at least ${min}; got ${JSON.stringify(value)}`);
  }
  return number;
}
