// Runs one parsed command with @gongkit/client: its arguments in the method's order, the result printed as
// asked, or with --dry-run the request printed and nothing sent.
import { createReadStream, openAsBlob } from "node:fs";
import { readFile } from "node:fs/promises";
import { basename, extname } from "node:path";
import { createInterface } from "node:readline";
import { createGongClient, GongConnectionError, GongNotFoundError } from "@gongkit/client";
import type { CommandSpec } from "./command-spec.js";
import { resolveCredentials } from "./credentials.js";
import { parseJsonLossless } from "./lossless-json.js";
import { json, type Out, table } from "./output.js";
import { type ParsedLine, UsageError } from "./parse.js";

type Parsed = Extract<ParsedLine, { kind: "command" }>;

export interface CommandIo {
  out: Out;
  /** Progress for people (an upload's bytes): written only on a terminal. */
  progress: ((line: string) => void) | undefined;
  stdin: () => Promise<string>;
  env: NodeJS.ProcessEnv;
}

/** The request a dry run would have sent, caught before it left. */
class DryRun extends Error {
  constructor(readonly request: Record<string, unknown>) {
    super("dry run");
  }
}

export async function runCommand(parsed: Parsed, io: CommandIo): Promise<void> {
  const { command, options } = parsed;
  const credentials = await resolveCredentials(options, io.env).catch((error: unknown) => {
    if (options.dryRun)
      return {
        auth: { bearerToken: "dry-run" },
        baseUrl: options.baseUrl ?? io.env.GONG_BASE_URL,
        source: "none",
      };
    throw error;
  });
  const gong = createGongClient({
    auth: credentials.auth,
    ...(credentials.baseUrl ? { baseUrl: credentials.baseUrl } : {}),
    ...(options.timeoutMs === undefined ? {} : { timeoutMs: options.timeoutMs }),
    ...(options.dryRun ? { maxRetries: 0, rateLimit: false, fetch: capture(command) } : {}),
    ...(options.maxRetries === undefined || options.dryRun ? {} : { maxRetries: options.maxRetries }),
  });
  const method = lookup(gong, command.method);
  const args = await methodArguments(parsed, io);
  try {
    if (command.paging) await printList(command, method(...args), parsed, io.out);
    else {
      const result = await method(...args);
      await io.out.write(
        options.output === "table" && result && typeof result === "object"
          ? table([result], io.out.columns)
          : json(result ?? null),
      );
    }
  } catch (error) {
    const dry = (error as Error)?.cause;
    if (options.dryRun && error instanceof GongConnectionError && dry instanceof DryRun) {
      await io.out.write(json(dry.request));
      return;
    }
    throw error;
  }
}

function lookup(
  gong: object,
  name: string,
): (...args: unknown[]) => Promise<unknown> & Partial<AsyncIterable<unknown>> {
  const [namespace, method] = name.split(".") as [string, string];
  const fn = (gong as Record<string, Record<string, unknown>>)[namespace]?.[method];
  if (typeof fn !== "function") throw new Error(`the client has no method ${name}`);
  return fn as never;
}

/** The method's arguments: path parameters, then the body, then the query, then options (uploads: query, data). */
async function methodArguments(parsed: Parsed, io: CommandIo): Promise<unknown[]> {
  const { command, positionals, query, options } = parsed;
  if (command.wait) return [positionals[0], { ...query }];
  const args: unknown[] = [...positionals];
  if (command.upload) {
    if (command.query !== "none") args.push(query);
    args.push(command.upload.records ? records(options.file!) : await media(options.file!));
    if (io.progress) {
      const say = io.progress;
      args.push({
        onUploadProgress: ({ sent, total }: { sent: number; total?: number }) =>
          say(`uploaded ${mib(sent)}${total ? ` of ${mib(total)}` : ""}`),
      });
    }
    return args;
  }
  if (command.body !== "none") {
    const body = await bodyOf(parsed, io);
    if (body === undefined && command.body === "required") {
      throw new UsageError(
        `gong ${command.resource} ${command.name} needs a body: --body <json|@file|-> or the body flags`,
        command,
      );
    }
    args.push(body);
  }
  if (command.query !== "none")
    args.push(Object.keys(query).length > 0 || command.query === "required" ? query : undefined);
  return args;
}

async function bodyOf({ command, bodyFields, options }: Parsed, io: CommandIo): Promise<unknown> {
  let base: unknown;
  if (options.body !== undefined) {
    const text =
      options.body === "-"
        ? await io.stdin()
        : options.body.startsWith("@")
          ? await readFile(options.body.slice(1), "utf8")
          : options.body;
    try {
      base = parseJsonLossless(text, "string");
    } catch {
      throw new UsageError(
        `--body is not JSON (${options.body === "-" ? "standard input" : options.body.startsWith("@") ? options.body.slice(1) : "the text given"})`,
        command,
      );
    }
  }
  if (Object.keys(bodyFields).length === 0) return base;
  if (base !== undefined && (base === null || typeof base !== "object" || Array.isArray(base))) {
    throw new UsageError("body flags set fields of a JSON object: --body must be one", command);
  }
  return merge((base ?? {}) as Record<string, unknown>, bodyFields);
}

function merge(base: Record<string, unknown>, fields: Record<string, unknown>): Record<string, unknown> {
  const result = { ...base };
  for (const [key, value] of Object.entries(fields)) {
    const current = result[key];
    result[key] =
      value &&
      typeof value === "object" &&
      !Array.isArray(value) &&
      current &&
      typeof current === "object" &&
      !Array.isArray(current)
        ? merge(current as Record<string, unknown>, value as Record<string, unknown>)
        : value;
  }
  return result;
}

const MEDIA_TYPES: Record<string, string> = {
  ".mp3": "audio/mpeg",
  ".wav": "audio/wav",
  ".flac": "audio/flac",
  ".m4a": "audio/mp4",
  ".ogg": "audio/ogg",
  ".mp4": "video/mp4",
  ".mkv": "video/x-matroska",
  ".webm": "video/webm",
  ".mov": "video/quicktime",
};

/** The file as a Blob that stays on disk, named and typed for the multipart part. */
async function media(path: string): Promise<File> {
  const type = MEDIA_TYPES[extname(path).toLowerCase()] ?? "application/octet-stream";
  const blob = await openAsBlob(path, { type }).catch(() => {
    throw new UsageError(`--file ${path} cannot be read`);
  });
  return new File([blob], basename(path), { type });
}

/** Records from a JSON-lines file, one at a time (the file is never read whole), 64-bit integers exact. */
async function* records(path: string): AsyncGenerator<unknown, void, undefined> {
  const lines = createInterface({ input: createReadStream(path), crlfDelay: Number.POSITIVE_INFINITY });
  let number = 0;
  for await (const line of lines) {
    number++;
    if (line.trim() === "") continue;
    try {
      yield parseJsonLossless(line, "bigint");
    } catch {
      throw new UsageError(`--file ${path}: line ${number} is not JSON`);
    }
  }
}

const mib = (bytes: number) => `${(bytes / 1024 / 1024).toFixed(1)} MiB`;

/** A list: the first page's body, or (with --all, --limit, -o jsonl or -o table) its items, page by page. */
async function printList(
  command: CommandSpec,
  call: Promise<unknown> & Partial<AsyncIterable<unknown>>,
  parsed: Parsed,
  out: Out,
): Promise<void> {
  const { options } = parsed;
  const format = options.output ?? (out.terminal ? "table" : "json");
  const items = command.paging!.items;
  if (format === "json" && !options.all && options.limit === undefined) {
    try {
      await out.write(json(await call));
    } catch (error) {
      // Gong's "nothing matches" 404 is an empty list.
      if (!(error instanceof GongNotFoundError && error.nothingMatches)) throw error;
      await out.write(json({ [items]: [] }));
    }
    return;
  }
  const wanted = options.limit ?? Number.POSITIVE_INFINITY;
  const pages = options.all || options.limit !== undefined;
  let count = 0;
  const collected: unknown[] = [];
  if (format === "json") await out.write("[");
  for await (const page of (call as unknown as { pages(): AsyncIterable<Record<string, unknown>> }).pages()) {
    for (const item of (page[items] as unknown[] | undefined) ?? []) {
      if (count >= wanted) break;
      if (format === "jsonl") await out.write(`${JSON.stringify(item)}\n`);
      else if (format === "json")
        await out.write(`${count === 0 ? "\n" : ",\n"}${JSON.stringify(item, null, 2).replace(/^/gm, "  ")}`);
      else collected.push(item);
      count++;
    }
    if (!pages || count >= wanted) break;
  }
  if (format === "json") await out.write(count === 0 ? "]\n" : "\n]\n");
  if (format === "table") await out.write(table(collected, out.columns));
}

/** A fetch for --dry-run: it keeps the request, redacted, and sends nothing. */
function capture(command: CommandSpec): typeof fetch {
  return async (input, init) => {
    const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
    const headers: Record<string, string> = {};
    new Headers(init?.headers).forEach((value, name) => {
      headers[name] = name === "authorization" ? `${value.split(" ")[0]} [redacted]` : value;
    });
    let body: unknown;
    if (typeof init?.body === "string") body = JSON.parse(init.body);
    else if (init?.body != null)
      body = `<multipart/form-data: the ${command.upload?.part ?? "file"} part, from --file>`;
    throw new DryRun({
      method: init?.method ?? "GET",
      url,
      headers,
      ...(body === undefined ? {} : { body }),
    });
  };
}
