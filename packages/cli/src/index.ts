// @gongkit/cli as a library: the command table and parser (the docs site checks its samples with them),
// runCli, and the export engine.

export { type CliIo, runCli } from "./cli.js";
export type { ArgumentSpec, CommandSpec, FlagSpec, ValueType } from "./command-spec.js";
export { EXIT } from "./exit-codes.js";
export {
  type ExportOptions,
  type ExportResult,
  exportGong,
  GongExportStopped,
} from "./export/export-gong.js";
export { COMMANDS } from "./generated/commands.js";
export { CLI_VERSION } from "./generated/version.js";
export { type GlobalOptions, type ParsedLine, parseCommandLine, UsageError } from "./parse.js";
