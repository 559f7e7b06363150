// `gong export --out DIR --from DATE [--to DATE] [--streams calls,transcripts,users] [--lookback 1d] [--window 7d]`
import { parseArgs } from "node:util";
import type { CliIo } from "../cli.js";
import { resolveCredentials } from "../credentials.js";
import { EXIT, exitCodeOf, formatError } from "../exit-codes.js";
import { CONNECTION_OPTIONS, connectionOptions, UsageError } from "../parse.js";
import { EXPORT_STREAMS, type ExportStream, exportGong, GongExportStopped } from "./export-gong.js";

const OPTIONS = {
  out: { type: "string" },
  from: { type: "string" },
  to: { type: "string" },
  streams: { type: "string" },
  lookback: { type: "string" },
  window: { type: "string" },
  ...CONNECTION_OPTIONS,
  help: { type: "boolean", short: "h" },
} as const;

export const EXPORT_HELP = `gong export: Gong's calls, transcripts and users into JSON-lines files, incrementally

Usage: gong export --out <dir> --from <date> [--to <date>] [--streams calls,transcripts,users] [--lookback 1d] [--window 7d]

Writes <dir>/calls.jsonl (extensive call data with parties and content), <dir>/transcripts.jsonl and
<dir>/users.jsonl: one record a line, each id once, the latest version read; its state is <dir>/.gong-export.json.
Run it again to continue: it starts where the last run ended and re-reads the last --lookback (default 1d), so
calls Gong finished processing late are caught. Transcripts go 100 call ids a request, calls and users 100 a page.
An expired cursor restarts the window; killed at any moment, a rerun finishes with the same files. When Gong's
daily quota is spent it stops with its state saved, says when to resume, and exits 5.

  --out <dir>          where the files go (created when missing)
  --from <date>        ISO date or date-time: calls that start at or after it (the first run's; later runs use the state)
  --to <date>          and before it (default: now)
  --streams <list>     calls, transcripts, users (default: all three)
  --lookback <d>       how much of the last run to read again: 1d, 12h, 30m, 90s or ms (default 1d)
  --window <d>         read the range in windows this long (default: one listing)
Credentials as for every command: GONG_ACCESS_KEY + GONG_ACCESS_KEY_SECRET, GONG_BEARER_TOKEN, gong auth login.`;

export function parseDuration(text: string, name: string): number {
  const match = /^(\d+(?:\.\d+)?)(ms|s|m|h|d)?$/.exec(text.trim());
  if (!match)
    throw new UsageError(
      `gong export: ${name} must be a duration like 1d, 12h, 30m, 90s or 500ms; got ${JSON.stringify(text)}`,
    );
  const unit = { ms: 1, s: 1_000, m: 60_000, h: 3_600_000, d: 86_400_000 }[match[2] ?? "ms"]!;
  return Number(match[1]) * unit;
}

function parseDate(text: string | undefined, name: string): Date | undefined {
  if (text === undefined) return undefined;
  const date = new Date(text);
  if (Number.isNaN(date.getTime()))
    throw new UsageError(
      `gong export: ${name} must be an ISO date or date-time; got ${JSON.stringify(text)}`,
    );
  return date;
}

export async function runExportCommand(args: string[], io: CliIo): Promise<number> {
  try {
    let values: Record<string, string | boolean | undefined>;
    try {
      ({ values } = parseArgs({ args, options: OPTIONS, strict: true, allowPositionals: false }));
    } catch (error) {
      throw new UsageError(`gong export: ${(error as Error).message}`);
    }
    if (values.help) {
      await io.out.write(`${EXPORT_HELP}\n`);
      return EXIT.ok;
    }
    const out = values.out as string | undefined;
    const from = parseDate(values.from as string | undefined, "--from");
    if (!out || !from)
      throw new UsageError("gong export needs --out <dir> and --from <date> (gong export --help)");
    const streams = ((values.streams as string | undefined) ?? EXPORT_STREAMS.join(","))
      .split(",")
      .map((s) => s.trim());
    const unknown = streams.filter((s) => !(EXPORT_STREAMS as readonly string[]).includes(s));
    if (unknown.length > 0)
      throw new UsageError(
        `gong export: --streams takes ${EXPORT_STREAMS.join(", ")}; not ${unknown.join(", ")}`,
      );
    const { timeoutMs, maxRetries, ...connection } = connectionOptions(values);
    const credentials = await resolveCredentials(connection, io.env);
    let last = 0;
    const result = await exportGong({
      client: {
        auth: credentials.auth,
        ...(credentials.baseUrl ? { baseUrl: credentials.baseUrl } : {}),
        ...(timeoutMs === undefined ? {} : { timeoutMs }),
        ...(maxRetries === undefined ? {} : { maxRetries }),
      },
      out,
      from,
      to: parseDate(values.to as string | undefined, "--to"),
      streams: streams as ExportStream[],
      lookbackMs:
        values.lookback === undefined ? undefined : parseDuration(values.lookback as string, "--lookback"),
      windowMs: values.window === undefined ? undefined : parseDuration(values.window as string, "--window"),
      onProgress: io.err.terminal
        ? (p) => {
            if (performance.now() - last < 250) return;
            last = performance.now();
            const eta = p.etaSeconds === undefined ? "" : `, about ${Math.ceil(p.etaSeconds)} s left`;
            io.err.write(
              `\rcalls ${p.records.calls}, transcripts ${p.records.transcripts}, users ${p.records.users}; ${p.requests} requests (${p.requestsToday} of 10,000 today)${eta}   `,
            );
          }
        : undefined,
    });
    if (io.err.terminal) io.err.write("\n");
    await io.out.write(`${JSON.stringify({ ...result, out })}\n`);
    return EXIT.ok;
  } catch (error) {
    if (error instanceof GongExportStopped) {
      io.err.write(formatError(error, io.err.terminal));
      await io.out.write(
        `${JSON.stringify({ ...error.result, stopped: true, resumeAt: error.resumeAt.toISOString() })}\n`,
      );
      return EXIT.rateLimited;
    }
    io.err.write(formatError(error, io.err.terminal));
    return exitCodeOf(error);
  }
}
