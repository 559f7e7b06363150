// Uploads' memory: a child process uploads a file with `gong.calls.addMedia("1", await openAsBlob(path))`
// to a node:http server in this process that reads and discards the body, and reports how far the
// upload raised its peak RSS (maxRSS after the upload less maxRSS after a small warm-up upload). A
// client that streams the file stays flat whatever its size; the control, a child that reads the same
// file into memory first and uploads a Blob of those bytes, grows by at least the file's size.
import { execFile } from "node:child_process";
import { once } from "node:events";
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";

const run = promisify(execFile);
const CHILD = fileURLToPath(new URL("./upload-child.ts", import.meta.url));

/** The claim: uploading a file raises the uploading process's peak RSS by at most this, at any size. */
export const UPLOAD_BOUND_MIB = 64;

/** What one child reported, and what the server received from it. */
export interface UploadRun {
  /** Peak RSS after the upload less peak RSS after the warm-up, MiB. */
  growthMiB: number;
  /** From opening the file (and, for the control, reading it) to the client's answer. */
  ms: number;
  /** File bytes a second, in MB (10^6 bytes). */
  mbPerS: number;
  /** The request body the server read for the big upload, bytes (the file plus the multipart envelope). */
  received: number;
}

export interface UploadMemory {
  bytes: number;
  /** `addMedia(id, await openAsBlob(path))`: the file stays on disk. */
  streamed: UploadRun;
  /** The control: `new Blob([await (await openAsBlob(path)).arrayBuffer()])`, then the same upload. */
  inMemory: UploadRun;
}

export type UploadMode = "streamed" | "in-memory";

interface DiscardServer {
  url: string;
  /** Body bytes of every request answered, in order. */
  bodies: number[];
  close(): Promise<void>;
}

/** A node:http server on 127.0.0.1 that reads every request body to its end and answers 201. */
async function startDiscardServer(): Promise<DiscardServer> {
  const bodies: number[] = [];
  const server = createServer((req, res) => {
    let length = 0;
    req.on("data", (chunk: Buffer) => {
      length += chunk.byteLength;
    });
    req.on("end", () => {
      bodies.push(length);
      res.writeHead(201, { "content-type": "application/json" });
      res.end('{"requestId":"r","callId":"1","url":"u"}');
    });
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    bodies,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}

async function uploadInChild(server: DiscardServer, path: string, bytes: number, mode: UploadMode) {
  const { stdout } = await run(process.execPath, [CHILD, server.url, path, mode], {
    maxBuffer: 1024 * 1024,
  });
  const report = JSON.parse(stdout) as { beforeKiB: number; afterKiB: number; ms: number };
  // The warm-up, then the file: the last body is the file's.
  const received = server.bodies.at(-1) ?? 0;
  if (received < bytes) throw new Error(`${mode} upload: the server received ${received} of ${bytes} bytes`);
  return {
    growthMiB: (report.afterKiB - report.beforeKiB) / 1024,
    ms: report.ms,
    mbPerS: bytes / 1e6 / (report.ms / 1000),
    received,
  };
}

/**
 * Uploads a sparse file of `bytes` (its content does not matter to memory) from a child process, once
 * kept on disk and once read into memory first, each in a fresh child.
 */
export async function measureUploadMemory(bytes: number): Promise<UploadMemory> {
  const dir = await mkdtemp(join(tmpdir(), "gongkit-upload-bench-"));
  const server = await startDiscardServer();
  try {
    const path = join(dir, "media.bin");
    await writeFile(path, "");
    await truncate(path, bytes);
    const streamed = await uploadInChild(server, path, bytes, "streamed");
    const inMemory = await uploadInChild(server, path, bytes, "in-memory");
    return { bytes, streamed, inMemory };
  } finally {
    await server.close();
    await rm(dir, { recursive: true, force: true });
  }
}
