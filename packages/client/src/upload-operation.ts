// The generated upload methods (`calls.addMedia`, `crm.uploadObjects`): a multipart/form-data body with
// one part, a file or records as LDJSON, checked against Gong's rules before anything is sent.
import { GongInvalidArgumentError } from "./errors.js";
import { checkRecord, ldjsonChunks, recordLine, type UploadRecords, utf8Length } from "./ldjson.js";
import { multipartEnvelope } from "./multipart.js";
import { checkPathParam, checkPathParams, type PathParamRule } from "./path-params.js";
import type {
  HttpMethod,
  OperationInit,
  OperationMeta,
  RequestOptions,
  ResourceRuntime,
} from "./resource-runtime.js";
import type { UploadProgress } from "./transport.js";
import { UploadBody } from "./upload-body.js";

export type { UploadProgress, UploadRecords };

/** Data that is not in a file: a stream of bytes, read once, with what is known of it. */
export interface UploadStream {
  /** The bytes: a web ReadableStream, or any async iterable of Uint8Array (a Node Readable too). */
  stream: ReadableStream<Uint8Array> | AsyncIterable<Uint8Array>;
  /** Its size in bytes, when known: sent as Content-Length, checked against Gong's limit up front. */
  size?: number | undefined;
  /** The file name Gong is told. Default "media". */
  filename?: string | undefined;
  /** Its media type. Default application/octet-stream. */
  contentType?: string | undefined;
}

/**
 * A file to upload: a Blob or File (in Node, `fs.openAsBlob(path)` keeps it on disk), resent from its
 * first byte after a failure that may be retried; or an UploadStream, sent once.
 */
export type UploadMedia = Blob | UploadStream;

/** Options of an upload method: a call's options, and progress. */
export interface UploadOptions extends RequestOptions {
  /**
   * Told of every chunk of the file that leaves (Node, Deno, Bun): `sent` bytes of `total` (undefined
   * when the size is not known). Starts again from 0 when an attempt is retried.
   */
  onUploadProgress?: ((progress: UploadProgress) => void) | undefined;
}

/** What the spec says of an upload (`x-gongkit-upload` and its multipart part). */
export interface UploadSpec {
  /** The multipart part's name: `mediaFile`, `dataFile`. */
  part: string;
  /** Gong's limit on the part, in bytes. */
  maxBytes: number;
  /** Set for records: the part's media type (application/x-ndjson); media send their own. */
  records?: string | undefined;
  /** A record field that may appear once per upload (`objectId`). */
  uniqueKey?: string | undefined;
}

/**
 * One generated upload method. Its arguments are the path parameters in path order, then the query
 * (when the operation has one), then the media or records, then options. Everything Gong would refuse
 * for its shape (a bad id, a file over the limit, a repeated objectId in an array) is refused first.
 */
export function upload(
  rt: ResourceRuntime,
  verb: HttpMethod,
  path: string,
  rules: readonly PathParamRule[],
  queryRules: readonly PathParamRule[],
  spec: UploadSpec,
  meta: OperationMeta = {},
): (...args: unknown[]) => Promise<unknown> {
  return (...args) => {
    let init: OperationInit;
    try {
      let next = rules.length;
      const params: OperationInit["params"] = {};
      const pathValues = checkPathParams(args, rules);
      if (pathValues) params.path = pathValues;
      if (queryRules.length > 0) params.query = checkQuery(args[next++], queryRules);
      const source = args[next++];
      init = {
        params,
        body: spec.records === undefined ? mediaBody(source, spec) : recordsBody(source, spec),
      };
      return rt.call(verb, path, init, args[next] as RequestOptions | undefined, meta);
    } catch (error) {
      return Promise.reject(error);
    }
  };
}

function checkQuery(value: unknown, rules: readonly PathParamRule[]): Record<string, unknown> {
  if (value === null || typeof value !== "object") {
    throw new GongInvalidArgumentError(
      `the query must be an object: { ${rules.map((r) => r.name).join(", ")} }`,
    );
  }
  const query = value as Record<string, unknown>;
  for (const rule of rules) {
    if (!(rule.optional && query[rule.name] === undefined)) checkPathParam(query[rule.name], rule);
  }
  return query;
}

function mediaBody(media: unknown, spec: UploadSpec): UploadBody {
  const what = `the ${spec.part} upload`;
  if (media instanceof Blob) {
    const name = (media as { name?: unknown }).name;
    return new UploadBody({
      envelope: multipartEnvelope(
        spec.part,
        typeof name === "string" && name !== "" ? name : "media",
        media.type || "application/octet-stream",
      ),
      source: media,
      size: media.size,
      replayable: true,
      maxBytes: spec.maxBytes,
      what,
    });
  }
  const {
    stream,
    size,
    filename = "media",
    contentType = "application/octet-stream",
  } = (media ?? {}) as UploadStream;
  const readable =
    stream instanceof ReadableStream ||
    typeof (stream as AsyncIterable<unknown>)?.[Symbol.asyncIterator] === "function";
  if (!readable) {
    throw new GongInvalidArgumentError(
      "media must be a Blob or File (in Node, fs.openAsBlob(path)) or { stream, size?, filename?, contentType? } with a ReadableStream or async iterable",
    );
  }
  if (size !== undefined && !(Number.isSafeInteger(size) && size >= 0)) {
    throw new GongInvalidArgumentError("media.size must be a whole number of bytes");
  }
  if (typeof filename !== "string" || typeof contentType !== "string") {
    throw new GongInvalidArgumentError("media.filename and media.contentType must be strings");
  }
  return new UploadBody({
    envelope: multipartEnvelope(spec.part, filename, contentType),
    source: () => stream,
    size,
    replayable: false,
    maxBytes: spec.maxBytes,
    what,
  });
}

/**
 * Records as LDJSON. An array is checked whole and measured before anything is sent (its length is then
 * sent as Content-Length, and it is resent whole on a retry); any other iterable is checked as it
 * streams, and a record that breaks a rule stops the upload before its last byte.
 */
function recordsBody(records: unknown, spec: UploadSpec): UploadBody {
  const iterable =
    records !== null &&
    typeof records === "object" &&
    (Symbol.iterator in records || Symbol.asyncIterator in records);
  if (!iterable || typeof records === "string") {
    throw new GongInvalidArgumentError("records must be an array or an (async) iterable of objects");
  }
  const envelope = multipartEnvelope(
    spec.part,
    `${spec.part}.ldjson`,
    spec.records ?? "application/x-ndjson",
  );
  const what = `the ${spec.part} upload`;
  if (!Array.isArray(records)) {
    return new UploadBody({
      envelope,
      source: () => ldjsonChunks(records as UploadRecords<unknown>, spec.uniqueKey),
      size: undefined,
      replayable: false,
      maxBytes: spec.maxBytes,
      what,
    });
  }
  if (records.length === 0)
    throw new GongInvalidArgumentError("records is empty: there is nothing to upload");
  const seen = new Map<string, number>();
  let size = 0;
  records.forEach((record, index) => {
    checkRecord(record, index, spec.uniqueKey, seen);
    // Past the limit there is nothing more to measure (every record is still checked).
    if (size <= spec.maxBytes) size += utf8Length(recordLine(record));
  });
  return new UploadBody({
    envelope,
    // Checked above: the lines are written without checking again.
    source: () => ldjsonChunks(records, undefined),
    size,
    replayable: true,
    maxBytes: spec.maxBytes,
    what,
  });
}
