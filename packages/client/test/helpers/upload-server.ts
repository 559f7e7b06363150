// A node:http server that reads multipart/form-data uploads as Gong would, with busboy (a real parser, not
// the client's own writer): every part's field name, file name, media type, size and SHA-256, plus the
// request's framing headers. Scripted per test, like the scripted server.
import { createHash } from "node:crypto";
import { once } from "node:events";
import { createServer, type IncomingMessage, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";
import busboy from "busboy";
import { afterEach } from "vitest";

export interface ReceivedPart {
  name: string;
  filename: string;
  mimeType: string;
  bytes: number;
  sha256: string;
  /** The part's bytes, kept only when the test asks for them (small uploads). */
  data: Buffer | undefined;
}

export interface ReceivedUpload {
  method: string;
  url: string;
  contentType: string | undefined;
  contentLength: string | undefined;
  transferEncoding: string | undefined;
  /** The parts read, or undefined when the body did not parse to its end (cut off, malformed). */
  parts: ReceivedPart[] | undefined;
  /** Why the body did not parse. */
  error: string | undefined;
}

/** Answers the `index`-th upload once its body has been read (or failed to be). */
export type UploadScript = (upload: ReceivedUpload, res: ServerResponse, index: number) => void;

export interface UploadServer {
  url: string;
  uploads: ReceivedUpload[];
  /** Resolves when `count` uploads have been read to their end (or failed). */
  received(count: number): Promise<void>;
  close(): Promise<void>;
}

/**
 * `keepData`: keep each part's bytes (small uploads). `drainOnly`: do not parse, only read the body to its
 * end (`parts` stays undefined, `error` says whether it was cut off): for uploads of hundreds of MB.
 */
export async function startUploadServer(
  script: UploadScript,
  keepData = false,
  drainOnly = false,
): Promise<UploadServer> {
  const uploads: ReceivedUpload[] = [];
  const waiters: { count: number; resolve: () => void }[] = [];
  const settle = () => {
    for (const waiter of waiters.filter((w) => uploads.length >= w.count)) {
      waiters.splice(waiters.indexOf(waiter), 1);
      waiter.resolve();
    }
  };
  const server = createServer((req, res) => {
    void (drainOnly ? drainUpload(req) : readUpload(req, keepData)).then((upload) => {
      const index = uploads.length;
      uploads.push(upload);
      settle();
      if (!res.destroyed) script(upload, res, index);
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  let closed: Promise<unknown> | undefined;
  return {
    url: `http://127.0.0.1:${port}`,
    uploads,
    received: (count) =>
      uploads.length >= count
        ? Promise.resolve()
        : new Promise((resolve) => waiters.push({ count, resolve })),
    async close() {
      if (!closed) {
        closed = once(server, "close");
        server.closeAllConnections();
        server.close();
      }
      await closed;
    },
  };
}

/** Reads the body to its end without parsing it: `error` is set when it was cut off. */
function drainUpload(req: IncomingMessage): Promise<ReceivedUpload> {
  const upload = framing(req);
  return new Promise((resolve) => {
    req.on("aborted", () => resolve({ ...upload, error: "the request was cut off" }));
    req.on("error", () => resolve({ ...upload, error: "the request was cut off" }));
    req.on("end", () => resolve(upload));
    req.resume();
  });
}

function framing(req: IncomingMessage): ReceivedUpload {
  return {
    method: req.method ?? "",
    url: req.url ?? "",
    contentType: req.headers["content-type"],
    contentLength: req.headers["content-length"],
    transferEncoding: req.headers["transfer-encoding"],
    parts: undefined,
    error: undefined,
  };
}

function readUpload(req: IncomingMessage, keepData: boolean): Promise<ReceivedUpload> {
  const upload = framing(req);
  return new Promise((resolve) => {
    const parts: ReceivedPart[] = [];
    let finished = false;
    const done = (error?: unknown) => {
      if (finished) return;
      finished = true;
      if (error === undefined) upload.parts = parts;
      else upload.error = String((error as Error)?.message ?? error);
      resolve(upload);
    };
    let parser: busboy.Busboy;
    try {
      parser = busboy({ headers: req.headers, limits: { fileSize: Number.POSITIVE_INFINITY } });
    } catch (error) {
      req.resume();
      req.once("end", () => done(error));
      return;
    }
    parser.on("file", (name, file, info) => {
      const hash = createHash("sha256");
      const chunks: Buffer[] = [];
      let bytes = 0;
      file.on("data", (chunk: Buffer) => {
        bytes += chunk.length;
        hash.update(chunk);
        if (keepData) chunks.push(chunk);
      });
      file.on("end", () => {
        parts.push({
          name,
          filename: info.filename ?? "",
          mimeType: info.mimeType,
          bytes,
          sha256: hash.digest("hex"),
          data: keepData ? Buffer.concat(chunks) : undefined,
        });
      });
    });
    parser.on("close", () => done());
    parser.on("error", (error) => done(error));
    // A body cut off mid-way: the request ends (aborted) before the parser saw the closing boundary.
    req.on("aborted", () => done(new Error("the request was cut off")));
    req.on("error", (error) => done(error));
    req.pipe(parser);
  });
}

/** For a test file whose tests each start an upload server: closed after each test. */
export function useUploadServer(): (
  script: UploadScript,
  keepData?: boolean,
  drainOnly?: boolean,
) => Promise<UploadServer> {
  let server: UploadServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (script, keepData, drainOnly) => {
    server = await startUploadServer(script, keepData, drainOnly);
    return server;
  };
}

/** The SHA-256 of `bytes`, hex. */
export function sha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("hex");
}
