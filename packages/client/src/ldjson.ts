// Records as LDJSON (one JSON object per line), the format of Gong's CRM uploads. 64-bit ids keep every
// digit: a bigint is written as its digits, never through a float.
import { GongInvalidArgumentError } from "./errors.js";

/** Records to upload: an array (sent again on a retry) or any (async) iterable (read once). */
export type UploadRecords<Record> = readonly Record[] | Iterable<Record> | AsyncIterable<Record>;

const encoder = new TextEncoder();

type RawJson = (text: string) => unknown;
const rawJson = (JSON as { rawJSON?: RawJson }).rawJSON;

/** One record as a line of JSON with its newline; a bigint becomes its exact digits. */
export function recordLine(record: unknown): string {
  if (rawJson) {
    return `${JSON.stringify(record, (_key, value) => (typeof value === "bigint" ? rawJson(String(value)) : value))}\n`;
  }
  // Without JSON.rawJSON (Node 20): a bigint goes in as a string behind a mark no record can contain
  // (a NUL and a random nonce), then the quotes and the mark are taken off its digits.
  const mark = `\u0000gongkit-bigint-${Math.random().toString(36).slice(2)}:`;
  let marked = false;
  const text = JSON.stringify(record, (_key, value) => {
    if (typeof value !== "bigint") return value;
    marked = true;
    return `${mark}${value}`;
  });
  if (!marked) return `${text}\n`;
  const quotedMark = JSON.stringify(mark)
    .slice(0, -1)
    .replace(/[\\^$.*+?()[\]{}|]/g, "\\$&");
  return `${text.replace(new RegExp(`${quotedMark}(-?\\d+)"`, "g"), "$1")}\n`;
}

/**
 * Checks one record before it is written: a JSON object whose `uniqueKey` is a non-empty string not
 * seen before in this upload (Gong wants each update of an object in a file of its own).
 */
export function checkRecord(
  record: unknown,
  index: number,
  uniqueKey: string | undefined,
  seen: Map<string, number>,
): void {
  if (record === null || typeof record !== "object" || Array.isArray(record)) {
    throw new GongInvalidArgumentError(`records[${index}] must be an object, one line of the upload`);
  }
  if (uniqueKey === undefined) return;
  const key = (record as Record<string, unknown>)[uniqueKey];
  if (typeof key !== "string" || key === "") {
    throw new GongInvalidArgumentError(`records[${index}].${uniqueKey} must be a non-empty string`);
  }
  const earlier = seen.get(key);
  if (earlier !== undefined) {
    throw new GongInvalidArgumentError(
      `records[${index}].${uniqueKey} ${JSON.stringify(key)} repeats records[${earlier}]: Gong takes each update of an object in a separate upload`,
    );
  }
  seen.set(key, index);
}

/** The UTF-8 length of `text`, without encoding it. */
export function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code < 0x80) bytes += 1;
    else if (code < 0x800) bytes += 2;
    else if (code >= 0xd800 && code <= 0xdbff && i + 1 < text.length) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) {
        bytes += 4;
        i++;
      } else bytes += 3;
    } else bytes += 3;
  }
  return bytes;
}

/** Every record as an encoded line, checked as it goes. */
export async function* ldjsonChunks(
  records: UploadRecords<unknown>,
  uniqueKey: string | undefined,
): AsyncGenerator<Uint8Array, void, undefined> {
  const seen = new Map<string, number>();
  let index = 0;
  for await (const record of records as AsyncIterable<unknown>) {
    checkRecord(record, index, uniqueKey, seen);
    index++;
    yield encoder.encode(recordLine(record));
  }
}
