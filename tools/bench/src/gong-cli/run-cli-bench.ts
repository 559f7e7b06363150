// `pnpm bench`'s "cli" section: the built `gong`'s start-up against Node's own, and `gong export` at
// Gong's limit against its request and time bounds. One line per figure as it runs.
import { cliExportLines, cliStartupLine } from "../report/sections.ts";
import {
  EXPORT_BENCH_DEFAULTS,
  type ExportAtLimit,
  type ExportAtLimitOptions,
  runExportAtLimit,
} from "./export-at-limit.ts";
import { measureStartup, type Startup } from "./startup.ts";

export interface CliBench {
  startup: Startup;
  export: ExportAtLimit;
}

export async function runCliBench(
  options: { rounds?: number; export?: ExportAtLimitOptions } = {},
  log: (line: string) => void = () => {},
): Promise<CliBench> {
  const rounds = options.rounds ?? 20;
  log(`cli: gong --version and node -e 0, ${rounds} times each, interleaved...`);
  const startup = await measureStartup(rounds);
  log(cliStartupLine(startup));
  const exportOptions = options.export ?? EXPORT_BENCH_DEFAULTS;
  log(
    `cli: gong export of ${exportOptions.calls} calls and ${exportOptions.users} users at 3 requests per second...`,
  );
  const exported = await runExportAtLimit(exportOptions);
  for (const line of cliExportLines(exported)) log(line);
  return { startup, export: exported };
}
