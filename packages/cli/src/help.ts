// --help texts, from the command table: Gong's own description, the flags with their types and enums, and
// the reference site's page.
import type { CommandSpec, FlagSpec } from "./command-spec.js";
import { COMMANDS } from "./generated/commands.js";

/** The reference site (GitHub Pages of the gongkit repository); GONGKIT_DOCS_URL points at another. */
export const DOCS_URL = "https://gongkit.github.io/gongkit/";

export function docsPage(command: CommandSpec, base = DOCS_URL): string {
  return `${base.replace(/\/?$/, "/")}reference/${command.operationId}.html`;
}

const GLOBAL_FLAGS = [
  [
    "-o, --output <json|jsonl|table>",
    "json (lossless: 64-bit ids keep every digit); jsonl: one item a line, page by page; table: the default for lists on a terminal",
  ],
  ["--all", "follow the cursors: every page of a list"],
  ["--limit <n>", "stop after n items of a list"],
  ["--dry-run", "print the request (credentials redacted) and send nothing"],
  ["--body <json|@file|->", "the whole JSON body (flags set fields on top of it)"],
  ["--timeout <ms>", "each attempt's timeout (default 60000)"],
  ["--max-retries <n>", "retries after the first attempt (default 2)"],
  ["--base-url <url>", "Gong's API host (GONG_BASE_URL; default https://api.gong.io)"],
  [
    "--access-key <key>, --access-key-secret <secret>",
    "HTTP basic (GONG_ACCESS_KEY, GONG_ACCESS_KEY_SECRET)",
  ],
  ["--bearer-token <token>", "OAuth (GONG_BEARER_TOKEN)"],
  ["-h, --help", "this help"],
] as const;

function columns(rows: readonly (readonly [string, string])[], indent = "  "): string {
  const width = Math.min(Math.max(...rows.map(([left]) => left.length)), 44);
  return rows
    .map(([left, right]) =>
      left.length > width
        ? `${indent}${left}\n${indent}${" ".repeat(width + 2)}${right}`
        : `${indent}${left.padEnd(width)}  ${right}`,
    )
    .join("\n");
}

export function mainHelp(): string {
  const resources = [...new Set(COMMANDS.map((c) => c.resource))].map(
    (resource) =>
      [
        resource,
        COMMANDS.filter((c) => c.resource === resource)
          .map((c) => c.name)
          .join(", "),
      ] as const,
  );
  return [
    "gong: Gong's REST API on the command line",
    "",
    "Usage: gong <resource> <command> [arguments] [flags]",
    "       gong export --out <dir> --from <date> [--to <date>] [--streams calls,transcripts,users] [--lookback 1d]",
    "       gong auth login | logout | status",
    "",
    "Resources and their commands:",
    columns(resources),
    "",
    "Flags of every command:",
    columns(GLOBAL_FLAGS),
    "",
    "gong <resource> --help lists a resource's commands; gong <resource> <command> --help says what one does.",
    `Reference: ${DOCS_URL}`,
  ].join("\n");
}

export function resourceHelp(resource: string): string {
  const commands = COMMANDS.filter((c) => c.resource === resource);
  return [
    `gong ${resource}: ${commands.length} commands`,
    "",
    columns(commands.map((c) => [c.name, `${c.summary}${c.deprecated ? " (deprecated)" : ""}`] as const)),
    "",
    `gong ${resource} <command> --help says what one does.`,
  ].join("\n");
}

function flagType(flag: FlagSpec): string {
  const value = flag.enum ? flag.enum.join("|") : flag.type === "int64" ? "digits" : flag.type;
  if (flag.type === "boolean") return "";
  return ` <${value}${flag.array ? ",…" : ""}>`;
}

export function commandHelp(command: CommandSpec): string {
  const usage = [
    `gong ${command.resource} ${command.name}`,
    ...command.positionals.map((p) => `<${p.name}>`),
    ...(command.upload ? ["--file <path>"] : []),
    ...command.flags.filter((f) => f.required && f.in === "query").map((f) => `--${f.flag}${flagType(f)}`),
    "[flags]",
  ].join(" ");
  const sections = [
    `${command.summary}${command.deprecated ? " (deprecated)" : ""}`,
    "",
    `Usage: ${usage}`,
    "",
    command.description,
    "",
    `${command.operation}${command.paging ? `: a list (items: ${command.paging.items}); --all follows every page, --limit stops early` : ""}`,
  ];
  if (command.positionals.length > 0) {
    sections.push(
      "",
      "Arguments:",
      columns(command.positionals.map((p) => [`<${p.name}>`, `${p.type}. ${p.description}`] as const)),
    );
  }
  if (command.upload) {
    sections.push(
      "",
      "Upload:",
      columns([
        [
          "--file <path>",
          command.upload.records
            ? `records as JSON lines, one object a line, sent as the ${command.upload.part} part (streamed; 64-bit integers keep every digit)`
            : `the ${command.upload.part} part, read from disk as it is sent (never into memory)`,
        ],
      ]),
    );
  }
  const flags = command.flags.map(
    (f) =>
      [
        `--${f.flag}${flagType(f)}`,
        `${f.required ? "required. " : ""}${f.in === "body" ? "body. " : ""}${f.description}`,
      ] as const,
  );
  if (flags.length > 0) sections.push("", "Flags:", columns(flags));
  if (command.body !== "none")
    sections.push(
      "",
      `Body: ${command.body}; --body <json|@file|-> gives it whole, the body flags set fields on top.`,
    );
  sections.push(
    "",
    "Flags of every command:",
    columns(GLOBAL_FLAGS),
    "",
    `Reference: ${docsPage(command, process.env.GONGKIT_DOCS_URL)}`,
  );
  return sections.join("\n");
}
