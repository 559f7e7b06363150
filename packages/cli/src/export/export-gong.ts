// `gong export`'s engine: calls (extensive data with parties and content), their transcripts (100 call ids a
// request) and users, into JSON-lines files, each id once with the latest version read. A rerun continues
// where the last one ended and re-reads the last look-back, so calls Gong finished processing late are
// caught. Output files are replaced only by renames, and the state is saved after them: a run killed at any
// moment is finished by the next one with the same files an uninterrupted run writes.
import { mkdir } from "node:fs/promises";
import { join } from "node:path";
import {
  createGongClient,
  type GongClient,
  type GongClientOptions,
  GongCursorExpiredError,
  GongNotFoundError,
  GongRateLimitError,
} from "@gongkit/client";
import { type ExportState, loadState, saveState } from "./export-state.js";
import { mergeInto } from "./jsonl-store.js";

export type ExportStream = "calls" | "transcripts" | "users";
export const EXPORT_STREAMS: readonly ExportStream[] = ["calls", "transcripts", "users"];

export interface ExportOptions {
  /** How to reach Gong: the client's options (auth, baseUrl, limits). */
  client: GongClientOptions;
  /** The output directory: calls.jsonl, transcripts.jsonl, users.jsonl and the state. */
  out: string;
  /** Export calls that start at or after this (the first run's; later runs continue from their state). */
  from: Date;
  /** …and before this. Default: now. */
  to?: Date | undefined;
  streams?: readonly ExportStream[] | undefined;
  /** Re-read this much before where the last run ended. Default one day. */
  lookbackMs?: number | undefined;
  /** Split the range into windows this long (each one listing, and one restart on an expired cursor). Default: one window. */
  windowMs?: number | undefined;
  onProgress?: ((progress: ExportProgress) => void) | undefined;
}

export interface ExportProgress {
  stream: ExportStream;
  /** Records read in this run, per stream. */
  records: Record<ExportStream, number>;
  requests: number;
  /** Requests made today (UTC), this run's and earlier runs', against Gong's 10,000 a day. */
  requestsToday: number;
  /** Seconds left at Gong's 3 requests a second, when the listing has said how many calls there are. */
  etaSeconds: number | undefined;
}

export interface ExportResult {
  /** Records read in this run, per stream (the files hold each id once). */
  records: Record<ExportStream, number>;
  requests: number;
  /** Listings started again from their window's start after Gong's cursor expired. */
  restarts: number;
  /** The calls' range this run read. */
  range: { from: string; to: string };
}

/** Gong's daily quota is spent: the state is saved, and the same command resumes after `resumeAt`. */
export class GongExportStopped extends Error {
  constructor(
    readonly resumeAt: Date,
    readonly result: ExportResult,
    options?: ErrorOptions,
  ) {
    super(
      `Gong's daily quota is spent: the export stopped with its state saved; run the same command again after ${resumeAt.toISOString()}`,
      options,
    );
  }
}
GongExportStopped.prototype.name = "GongExportStopped";

const DAY_MS = 86_400_000;
const TRANSCRIPT_BATCH = 100;

const CONTENT_SELECTOR = {
  context: "Extended",
  exposedFields: {
    parties: true,
    content: {
      structure: true,
      topics: true,
      trackers: true,
      trackerOccurrences: true,
      brief: true,
      outline: true,
      highlights: true,
      callOutcome: true,
      keyPoints: true,
    },
    interaction: { speakers: true, video: true, personInteractionStats: true, questions: true },
    collaboration: { publicComments: true },
  },
} as const;

const callId = (call: Record<string, unknown>) => (call.metaData as { id?: unknown } | undefined)?.id;
const startOf = (call: Record<string, unknown> | undefined) =>
  (call?.metaData as { started?: unknown } | undefined)?.started;
const transcriptId = (transcript: Record<string, unknown>) => transcript.callId;
const userId = (user: Record<string, unknown>) => user.id;

export async function exportGong(options: ExportOptions): Promise<ExportResult> {
  const streams = new Set(options.streams ?? EXPORT_STREAMS);
  const lookbackMs = options.lookbackMs ?? DAY_MS;
  const to = options.to ?? new Date();
  await mkdir(options.out, { recursive: true });
  const state: ExportState = (await loadState(options.out)) ?? {
    version: 1,
    from: options.from.toISOString(),
    completedUntil: undefined,
    requestsByDay: {},
  };
  const start = state.completedUntil
    ? new Date(Math.max(Date.parse(state.from), Date.parse(state.completedUntil) - lookbackMs))
    : options.from;
  const result: ExportResult = {
    records: { calls: 0, transcripts: 0, users: 0 },
    requests: 0,
    restarts: 0,
    range: { from: start.toISOString(), to: to.toISOString() },
  };
  const today = () => new Date().toISOString().slice(0, 10);
  const countingFetch: typeof fetch = (input, init) => {
    result.requests++;
    state.requestsByDay[today()] = (state.requestsByDay[today()] ?? 0) + 1;
    return (options.client.fetch ?? globalThis.fetch)(input, init);
  };
  const gong = createGongClient({ ...options.client, fetch: countingFetch });
  let expectedCalls: number | undefined;
  const progress = (stream: ExportStream) => {
    const remainingCalls =
      expectedCalls === undefined ? undefined : Math.max(0, expectedCalls - result.records.calls);
    options.onProgress?.({
      stream,
      records: { ...result.records },
      requests: result.requests,
      requestsToday: state.requestsByDay[today()] ?? 0,
      etaSeconds: remainingCalls === undefined ? undefined : (Math.ceil(remainingCalls / 100) * 2) / 3,
    });
  };

  try {
    if (streams.has("calls") || streams.has("transcripts")) {
      const windowMs = options.windowMs ?? Number.POSITIVE_INFINITY;
      for (let from = start.getTime(); from < to.getTime(); ) {
        const end = Math.min(to.getTime(), from + windowMs);
        const window: WindowRecords = { calls: new Map(), transcripts: new Map(), completeBefore: undefined };
        const write = async () => {
          if (streams.has("calls")) await mergeInto(join(options.out, "calls.jsonl"), window.calls, callId);
          if (streams.has("transcripts"))
            await mergeInto(join(options.out, "transcripts.jsonl"), window.transcripts, transcriptId);
        };
        try {
          await readWindow(
            gong,
            new Date(from),
            new Date(end),
            streams,
            window,
            result,
            (total) => {
              expectedCalls = (expectedCalls ?? result.records.calls) + total;
            },
            progress,
          );
        } catch (error) {
          // The quota ran out mid-window: keep what is complete, so that the next run goes on from there
          // (a window bigger than a day's quota would otherwise be read from its start every day, forever).
          if (error instanceof GongRateLimitError && window.completeBefore !== undefined) {
            await write();
            const done = Math.max(window.completeBefore, Date.parse(state.completedUntil ?? state.from));
            state.completedUntil = new Date(done).toISOString();
          }
          throw error;
        }
        await write();
        state.completedUntil = new Date(end).toISOString();
        await saveState(options.out, state);
        from = end;
      }
    }
    if (streams.has("users")) {
      const users = new Map<string, string>();
      for await (const user of gong.users.list()) {
        users.set(String(userId(user as Record<string, unknown>)), JSON.stringify(user));
        result.records.users++;
        if (result.records.users % 100 === 0) progress("users");
      }
      await mergeInto(join(options.out, "users.jsonl"), users, userId);
    }
    await saveState(options.out, state);
    return result;
  } catch (error) {
    await saveState(options.out, state);
    if (error instanceof GongRateLimitError) {
      throw new GongExportStopped(new Date(Date.now() + (error.retryAfterMs ?? DAY_MS)), result, {
        cause: error,
      });
    }
    throw error;
  }
}

interface WindowRecords {
  calls: Map<string, string>;
  transcripts: Map<string, string>;
  /** Calls that start before this were read with their transcripts (a listing goes in start order). */
  completeBefore: number | undefined;
}

/**
 * One window's calls and their transcripts. An expired cursor starts the window over from its start: the
 * maps keep each id once, so what was read twice is written once.
 */
async function readWindow(
  gong: GongClient,
  from: Date,
  to: Date,
  streams: Set<ExportStream>,
  records: WindowRecords,
  result: ExportResult,
  onTotal: (total: number) => void,
  progress: (stream: ExportStream) => void,
): Promise<void> {
  for (let attempt = 0; ; attempt++) {
    try {
      const listing = gong.calls.listByFilter({
        filter: { fromDateTime: from.toISOString(), toDateTime: to.toISOString() },
        ...(streams.has("calls") ? { contentSelector: CONTENT_SELECTOR } : {}),
      } as never);
      let first = true;
      for await (const page of listing.pages()) {
        if (first && attempt === 0) onTotal(page.records?.totalRecords ?? 0);
        first = false;
        const ids: string[] = [];
        for (const call of page.calls ?? []) {
          const id = String(callId(call as Record<string, unknown>));
          ids.push(id);
          records.calls.set(id, JSON.stringify(call));
          result.records.calls++;
        }
        if (streams.has("transcripts")) await readTranscripts(gong, ids, records.transcripts, result);
        // Every call before the page's last start is read: one at that start may still be on the next page.
        const lastStart = Date.parse(String(startOf(page.calls?.at(-1) as Record<string, unknown>)));
        if (!Number.isNaN(lastStart))
          records.completeBefore = Math.max(records.completeBefore ?? 0, lastStart);
        progress("calls");
      }
      return;
    } catch (error) {
      if (!(error instanceof GongCursorExpiredError)) throw error;
      result.restarts++;
    }
  }
}

async function readTranscripts(
  gong: GongClient,
  ids: string[],
  into: Map<string, string>,
  result: ExportResult,
): Promise<void> {
  for (let i = 0; i < ids.length; i += TRANSCRIPT_BATCH) {
    const callIds = ids.slice(i, i + TRANSCRIPT_BATCH);
    try {
      for await (const transcript of gong.calls.listTranscripts({ filter: { callIds } } as never)) {
        into.set(String(transcriptId(transcript as Record<string, unknown>)), JSON.stringify(transcript));
        result.records.transcripts++;
      }
    } catch (error) {
      // Calls without a transcript yet: Gong answers 404 "nothing matches"; iteration ends with none.
      if (!(error instanceof GongNotFoundError)) throw error;
    }
  }
}
