// The body of an upload: a multipart envelope around a source of bytes (a Blob, a stream, records as
// LDJSON), opened afresh for every attempt. It is never read into memory where the runtime can stream a
// request body; it counts what leaves, for progress and for the per-attempt idle timeout, and it knows
// whether it can be sent again.
import { GongInvalidArgumentError } from "./errors.js";
import type { MultipartEnvelope } from "./multipart.js";

/** Where an upload's bytes come from, per attempt. */
export type UploadSource = Blob | (() => AsyncIterable<unknown> | ReadableStream<unknown>);

export interface UploadBodyInit {
  envelope: MultipartEnvelope;
  source: UploadSource;
  /** The part's size in bytes, when known before sending. */
  size: number | undefined;
  /** Whether the source can be read again for another attempt (a Blob, an array of records). */
  replayable: boolean;
  /** Gong's limit on the part, in bytes. */
  maxBytes: number;
  /** What is being uploaded, for messages: "the media file", "the records". */
  what: string;
}

/** Told of every chunk that leaves: the part's bytes sent so far in this attempt. */
export type ChunkListener = (sent: number) => void;

export class UploadBody {
  readonly contentType: string;
  /** The whole body's length in bytes (envelope included), when the part's size is known. */
  readonly length: number | undefined;
  /** True once a one-shot source has been read from: it cannot be sent again. */
  consumed = false;
  /** Set when the body itself failed (too large, a bad record, the source's own error): never retried. */
  failure: unknown;
  readonly #init: UploadBodyInit;

  constructor(init: UploadBodyInit) {
    this.#init = init;
    this.contentType = init.envelope.contentType;
    const { size, maxBytes, what, envelope } = init;
    if (size !== undefined && size > maxBytes) {
      throw new GongInvalidArgumentError(
        `${what} is over Gong's limit of ${maxBytes} bytes (${size} bytes${init.source instanceof Blob ? "" : " or more"}): nothing was sent`,
      );
    }
    this.length =
      size === undefined ? undefined : envelope.preamble.byteLength + size + envelope.epilogue.byteLength;
  }

  /** The part's size, when known. */
  get size(): number | undefined {
    return this.#init.size;
  }

  /** Whether the part is a Blob (a File, a file on disk): a Blob body of it costs no memory of its own. */
  get fromBlob(): boolean {
    return this.#init.source instanceof Blob;
  }

  /** Whether another attempt can send the same bytes. */
  get replayable(): boolean {
    return this.#init.replayable || !this.consumed;
  }

  /**
   * A stream of the whole body for one attempt, pulled as the connection takes it, and `release`, which
   * lets go of the source (a stream's cancel, a file's handle) once the attempt is over, whether or not
   * fetch read the stream to its end.
   */
  stream(onChunk: ChunkListener): { stream: ReadableStream<Uint8Array>; release(): void } {
    const { envelope, source } = this.#init;
    let iterator: AsyncIterator<unknown> | undefined;
    let phase: "preamble" | "part" | "done" = "preamble";
    let sent = 0;
    const release = () => {
      void iterator?.return?.();
    };
    const stream = new ReadableStream<Uint8Array>(
      {
        pull: async (controller) => {
          try {
            if (phase === "preamble") {
              phase = "part";
              controller.enqueue(envelope.preamble);
              return;
            }
            if (!this.#init.replayable) this.consumed = true;
            iterator ??= openSource(source);
            const next = await iterator.next();
            if (!next.done) {
              const chunk = toBytes(next.value, this.#init.what);
              sent += chunk.byteLength;
              this.#checkSent(sent, false);
              controller.enqueue(chunk);
              onChunk(sent);
              return;
            }
            this.#checkSent(sent, true);
            phase = "done";
            controller.enqueue(envelope.epilogue);
            controller.close();
          } catch (error) {
            this.failure ??= error;
            controller.error(error);
            void iterator?.return?.();
          }
        },
        cancel: release,
      },
      { highWaterMark: 0 },
    );
    return { stream, release };
  }

  /**
   * The whole body as a Blob, for runtimes that cannot stream a request body (browsers, workerd): a
   * Blob source stays where it is (a File stays on disk); any other source is read into memory.
   */
  async blob(): Promise<Blob> {
    const { envelope, source } = this.#init;
    const parts: BlobPart[] = [envelope.preamble as BlobPart];
    if (source instanceof Blob) {
      parts.push(source);
    } else {
      if (!this.#init.replayable) this.consumed = true;
      let sent = 0;
      try {
        for (
          let iterator = openSource(source), next = await iterator.next();
          !next.done;
          next = await iterator.next()
        ) {
          const chunk = toBytes(next.value, this.#init.what);
          sent += chunk.byteLength;
          this.#checkSent(sent, false);
          parts.push(chunk as BlobPart);
        }
        this.#checkSent(sent, true);
      } catch (error) {
        this.failure ??= error;
        throw error;
      }
    }
    parts.push(envelope.epilogue as BlobPart);
    return new Blob(parts);
  }

  /** Stops a part that outgrows Gong's limit or its declared size before its last byte leaves. */
  #checkSent(sent: number, ended: boolean): void {
    const { maxBytes, size, what } = this.#init;
    if (sent > maxBytes) {
      throw new GongInvalidArgumentError(
        `${what} grew past Gong's limit of ${maxBytes} bytes: stopped before its end, so Gong received an incomplete request and nothing was accepted`,
      );
    }
    if (size !== undefined && (sent > size || (ended && sent !== size))) {
      throw new GongInvalidArgumentError(
        `${what} gave ${ended ? "" : "more than "}${sent} bytes but its size was given as ${size}: stopped before its end, so nothing was accepted`,
      );
    }
  }
}

/**
 * A Blob's own stream: from a file (`fs.openAsBlob`) Node reads it in small chunks. A Blob in memory comes
 * as one chunk (a copy of it, made by the runtime), which is passed on in views of at most 256 KiB, so
 * that progress and the idle timeout move as it leaves.
 */
const VIEW_BYTES = 256 * 1024;

async function* blobChunks(blob: Blob): AsyncGenerator<Uint8Array, void, undefined> {
  const reader = blob.stream().getReader();
  try {
    for (let next = await reader.read(); !next.done; next = await reader.read()) {
      const chunk = next.value;
      for (let offset = 0; offset < chunk.byteLength; offset += VIEW_BYTES) {
        yield chunk.subarray(offset, offset + VIEW_BYTES);
      }
    }
  } finally {
    await reader.cancel().catch(() => {});
  }
}

/** An iterator over a source's chunks: a Blob's stream, a ReadableStream's reader, an (async) iterable. */
function openSource(source: UploadSource): AsyncIterator<unknown> {
  if (source instanceof Blob) return blobChunks(source);
  const opened = source();
  if (opened instanceof ReadableStream) {
    const reader = opened.getReader();
    return {
      next: () => reader.read() as Promise<IteratorResult<unknown>>,
      return: async () => {
        await reader.cancel().catch(() => {});
        return { done: true, value: undefined };
      },
    };
  }
  return (opened as AsyncIterable<unknown>)[Symbol.asyncIterator]();
}

const encoder = new TextEncoder();

function toBytes(chunk: unknown, what: string): Uint8Array {
  if (chunk instanceof Uint8Array) return chunk;
  if (typeof chunk === "string") return encoder.encode(chunk);
  if (chunk instanceof ArrayBuffer) return new Uint8Array(chunk);
  if (ArrayBuffer.isView(chunk)) return new Uint8Array(chunk.buffer, chunk.byteOffset, chunk.byteLength);
  throw new GongInvalidArgumentError(
    `${what} gave a chunk that is not bytes (Uint8Array, ArrayBuffer or string)`,
  );
}
