// Uploads over real sockets, parsed by a real multipart parser on the server side: `calls.addMedia` (a
// file part) and `crm.uploadObjects` (records as LDJSON), their limits, retries and progress.
import { randomBytes } from "node:crypto";
import { openAsBlob } from "node:fs";
import { mkdtemp, rm, truncate, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  GongConflictError,
  GongConnectionError,
  GongInvalidArgumentError,
  GongServerError,
  GongTimeoutError,
} from "../src/index.ts";
import { testClient } from "./helpers/client.ts";
import { gongError, json } from "./helpers/scripted-server.ts";
import { sha256, useUploadServer } from "./helpers/upload-server.ts";

const serve = useUploadServer();
const CALL_ID = "7782342274025937895";
const created = { requestId: "r1", callId: CALL_ID, url: `https://app.gong.io/call?id=${CALL_ID}` };

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), "gongkit-uploads-"));
});
afterAll(() => rm(dir, { recursive: true, force: true }));

/** A stream of `chunks`, each of `size` random bytes, with the bytes it gave. */
function byteStream(chunks: number, size: number): { stream: ReadableStream<Uint8Array>; bytes: Buffer } {
  const parts = Array.from({ length: chunks }, () => randomBytes(size));
  let next = 0;
  return {
    bytes: Buffer.concat(parts),
    stream: new ReadableStream({
      pull(controller) {
        if (next < parts.length) controller.enqueue(new Uint8Array(parts[next++]!));
        else controller.close();
      },
    }),
  };
}

describe("calls.addMedia", () => {
  it("sends the file as the mediaFile part of a multipart body, with Content-Length, every byte equal", async () => {
    const server = await serve((_upload, res) => json(res, 201, created));
    const bytes = randomBytes(300_000);
    const file = new File([bytes], 'call "7".mp3', { type: "audio/mpeg" });
    const result = await testClient(server.url).calls.addMedia(CALL_ID, file);
    expect(result).toEqual(created);
    const [upload] = server.uploads;
    expect(upload?.method).toBe("PUT");
    expect(upload?.url).toBe(`/v2/calls/${CALL_ID}/media`);
    expect(upload?.contentType).toMatch(/^multipart\/form-data; boundary=----gongkit[0-9a-f]{24}$/);
    expect(upload?.transferEncoding).toBeUndefined();
    expect(upload?.parts).toEqual([
      {
        name: "mediaFile",
        filename: "call %227%22.mp3",
        mimeType: "audio/mpeg",
        bytes: bytes.length,
        sha256: sha256(bytes),
        data: undefined,
      },
    ]);
    // The whole body: the part's bytes plus the two envelopes, as announced.
    expect(Number(upload?.contentLength)).toBeGreaterThan(bytes.length);
    expect(Number(upload?.contentLength)).toBeLessThan(bytes.length + 400);
  });

  it("a file from disk (fs.openAsBlob) arrives byte for byte", async () => {
    const server = await serve((_upload, res) => json(res, 201, created));
    const bytes = randomBytes(2 * 1024 * 1024 + 17);
    const path = join(dir, "recording.wav");
    await writeFile(path, bytes);
    await testClient(server.url).calls.addMedia(CALL_ID, await openAsBlob(path, { type: "audio/wav" }));
    const part = server.uploads[0]?.parts?.[0];
    expect(part).toMatchObject({ name: "mediaFile", filename: "media", mimeType: "audio/wav" });
    expect(part?.sha256).toBe(sha256(bytes));
  });

  it("a stream with its size is sent with Content-Length; without one, chunked", async () => {
    const server = await serve((_upload, res) => json(res, 201, created));
    const gong = testClient(server.url);
    const sized = byteStream(5, 10_000);
    await gong.calls.addMedia(CALL_ID, {
      stream: sized.stream,
      size: sized.bytes.length,
      filename: "rec.mp3",
      contentType: "audio/mpeg",
    });
    const unsized = byteStream(3, 7_000);
    await gong.calls.addMedia(CALL_ID, { stream: unsized.stream });
    const [first, second] = server.uploads;
    expect(first?.contentLength).toBeDefined();
    expect(first?.parts?.[0]).toMatchObject({
      filename: "rec.mp3",
      mimeType: "audio/mpeg",
      sha256: sha256(sized.bytes),
    });
    expect(second?.contentLength).toBeUndefined();
    expect(second?.transferEncoding).toBe("chunked");
    expect(second?.parts?.[0]).toMatchObject({
      filename: "media",
      mimeType: "application/octet-stream",
      sha256: sha256(unsized.bytes),
    });
  });

  it("a Blob is resent from its first byte after a 503, and progress starts again", async () => {
    const server = await serve((_upload, res, index) =>
      index === 0 ? gongError(res, 503) : json(res, 201, created),
    );
    const bytes = randomBytes(1024 * 1024);
    const progress: number[] = [];
    await testClient(server.url, { maxRetries: 1 }).calls.addMedia(CALL_ID, new Blob([bytes]), {
      onUploadProgress: ({ sent, total }) => {
        expect(total).toBe(bytes.length);
        progress.push(sent);
      },
    });
    expect(server.uploads.map((u) => u.parts?.[0]?.sha256)).toEqual([sha256(bytes), sha256(bytes)]);
    // Two attempts, each counting up from its first chunk to the whole file.
    const restarts = progress.filter((sent, i) => i > 0 && sent <= progress[i - 1]!).length;
    expect(restarts).toBe(1);
    expect(progress.at(-1)).toBe(bytes.length);
    expect(progress.filter((sent) => sent === bytes.length)).toHaveLength(2);
  });

  it("a Blob is resent after a reset too (PUT is idempotent)", async () => {
    const server = await serve((_upload, res, index) =>
      index === 0 ? res.socket?.destroy() : json(res, 201, created),
    );
    const bytes = randomBytes(200_000);
    await testClient(server.url, { maxRetries: 1 }).calls.addMedia(CALL_ID, new Blob([bytes]));
    expect(server.uploads.map((u) => u.parts?.[0]?.sha256)).toEqual([sha256(bytes), sha256(bytes)]);
  });

  it("a one-shot stream is not resent after a 503, and the error says why", async () => {
    const server = await serve((_upload, res) => gongError(res, 503));
    const { stream, bytes } = byteStream(4, 50_000);
    const error = await testClient(server.url, { maxRetries: 3 })
      .calls.addMedia(CALL_ID, { stream, size: bytes.length })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongServerError);
    expect((error as Error).message).toContain("cannot be read again, so it was not resent");
    expect((error as Error).message).toContain("fs.openAsBlob");
    expect(server.uploads).toHaveLength(1);
    expect(server.uploads[0]?.parts?.[0]?.sha256).toBe(sha256(bytes));
  });

  it("a one-shot stream cut off by a reset is not resent either", async () => {
    const server = await serve((_upload, res) => res.socket?.destroy());
    const { stream } = byteStream(4, 50_000);
    const error = await testClient(server.url, { maxRetries: 3 })
      .calls.addMedia(CALL_ID, { stream })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongConnectionError);
    expect((error as Error).message).toContain("so it was not resent");
    expect(server.uploads).toHaveLength(1);
  });

  it("a file over 1.5 GB is refused before anything is sent", async () => {
    const server = await serve((_upload, res) => json(res, 201, created));
    const path = join(dir, "huge.mp4");
    await writeFile(path, "");
    await truncate(path, 1_500_000_001); // sparse: no 1.5 GB is written
    const gong = testClient(server.url);
    const huge = await openAsBlob(path);
    await expect(gong.calls.addMedia(CALL_ID, huge)).rejects.toThrow(
      new GongInvalidArgumentError(
        "the mediaFile upload is over Gong's limit of 1500000000 bytes (1500000001 bytes): nothing was sent",
      ),
    );
    const { stream } = byteStream(1, 1);
    await expect(gong.calls.addMedia(CALL_ID, { stream, size: 1_500_000_001 })).rejects.toBeInstanceOf(
      GongInvalidArgumentError,
    );
    expect(server.uploads).toHaveLength(0);
  });

  it("a stream that gives more bytes than its size is stopped before its end, and not accepted", async () => {
    const server = await serve((_upload, res) => json(res, 201, created));
    const { stream, bytes } = byteStream(4, 10_000);
    const error = await testClient(server.url)
      .calls.addMedia(CALL_ID, { stream, size: bytes.length - 1 })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongInvalidArgumentError);
    expect((error as Error).message).toContain(`but its size was given as ${bytes.length - 1}`);
    await server.received(1);
    expect(server.uploads[0]?.parts).toBeUndefined();
  });

  it("refuses what is not media, and a bad call id, before sending", async () => {
    const server = await serve((_upload, res) => json(res, 201, created));
    const gong = testClient(server.url);
    // @ts-expect-error: a string is not media
    await expect(gong.calls.addMedia(CALL_ID, "rec.mp3")).rejects.toThrow(/media must be a Blob or File/);
    await expect(gong.calls.addMedia("12ab", new Blob(["x"]))).rejects.toThrow(
      /^id must be a string of 1 to 20 digits/,
    );
    expect(server.uploads).toHaveLength(0);
  });
});

describe("the per-attempt timeout of an upload counts idle time", () => {
  it("an upload that keeps moving for longer than timeoutMs succeeds", async () => {
    const server = await serve((_upload, res) => json(res, 201, created));
    const timeoutMs = 1_500;
    let sentChunks = 0;
    const chunk = randomBytes(1_000);
    const started = performance.now();
    // A chunk every 150 ms for 2.4 s: never idle for 1.5 s, yet longer than 1.5 s in all.
    const stream = new ReadableStream<Uint8Array>({
      async pull(controller) {
        if (sentChunks++ === 16) return controller.close();
        await new Promise((resolve) => setTimeout(resolve, 150));
        controller.enqueue(new Uint8Array(chunk));
      },
    });
    await testClient(server.url, { timeoutMs, maxRetries: 0 }).calls.addMedia(CALL_ID, { stream });
    expect(performance.now() - started).toBeGreaterThan(timeoutMs);
    expect(server.uploads[0]?.parts?.[0]?.bytes).toBe(16 * chunk.length);
  });

  it("an upload whose stream stalls times out, and says so", async () => {
    const server = await serve((_upload, res) => json(res, 201, created));
    let cancelled = false;
    const stream = new ReadableStream<Uint8Array>({
      start(controller) {
        controller.enqueue(new Uint8Array(100));
      },
      cancel() {
        cancelled = true;
      },
    });
    // Retries to spare: an attempt may time out before its connection is up (busy cores), before any byte left.
    const error = await testClient(server.url, { timeoutMs: 500, maxRetries: 6 })
      .calls.addMedia(CALL_ID, { stream })
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongTimeoutError);
    expect((error as Error).message).toContain("so it was not resent");
    expect(cancelled).toBe(true);
  });
});

describe("crm.uploadObjects", () => {
  const query = {
    integrationId: "6286478263646",
    objectType: "DEAL",
    clientRequestId: "sync-2026_12",
  } as const;
  const accepted = { requestId: "r2", clientRequestId: query.clientRequestId };

  it("sends the records as LDJSON lines in the dataFile part, a 19-digit id exact", async () => {
    const server = await serve((_upload, res) => json(res, 201, accepted), true);
    const records = [
      {
        objectId: "8608553",
        modifiedDate: "2022-02-04T18:24:59Z",
        amount: 7000,
        externalId: 1234567890123456789n,
      },
      { objectId: "8608554", modifiedDate: "2022-02-04T18:24:59Z", name: 'Deal\nwith "quotes" é' },
    ];
    const result = await testClient(server.url).crm.uploadObjects(query, records);
    expect(result).toEqual(accepted);
    const [upload] = server.uploads;
    expect(upload?.method).toBe("POST");
    expect(upload?.url).toBe(
      "/v2/crm/entities?integrationId=6286478263646&objectType=DEAL&clientRequestId=sync-2026_12",
    );
    expect(upload?.contentLength).toBeDefined();
    const part = upload?.parts?.[0];
    expect(part).toMatchObject({
      name: "dataFile",
      filename: "dataFile.ldjson",
      mimeType: "application/x-ndjson",
    });
    const text = part?.data?.toString("utf8") ?? "";
    expect(text).toBe(
      '{"objectId":"8608553","modifiedDate":"2022-02-04T18:24:59Z","amount":7000,"externalId":1234567890123456789}\n' +
        '{"objectId":"8608554","modifiedDate":"2022-02-04T18:24:59Z","name":"Deal\\nwith \\"quotes\\" é"}\n',
    );
  });

  it("streams an async iterable of records (chunked), one line each", async () => {
    const server = await serve((_upload, res) => json(res, 201, accepted), true);
    async function* records() {
      for (let i = 0; i < 1000; i++) yield { objectId: `acct-${i}`, modifiedDate: "2026-01-01T00:00:00Z" };
    }
    await testClient(server.url).crm.uploadObjects({ ...query, objectType: "ACCOUNT" }, records());
    const [upload] = server.uploads;
    expect(upload?.transferEncoding).toBe("chunked");
    const lines = upload?.parts?.[0]?.data?.toString("utf8").split("\n") ?? [];
    expect(lines).toHaveLength(1001);
    expect(lines.at(-1)).toBe("");
    expect(JSON.parse(lines[999]!)).toEqual({ objectId: "acct-999", modifiedDate: "2026-01-01T00:00:00Z" });
  });

  it("a repeated objectId in an array is refused before anything is sent", async () => {
    const server = await serve((_upload, res) => json(res, 201, accepted));
    const records = [{ objectId: "a" }, { objectId: "b" }, { objectId: "a" }] as never;
    await expect(testClient(server.url).crm.uploadObjects(query, records)).rejects.toThrow(
      new GongInvalidArgumentError(
        'records[2].objectId "a" repeats records[0]: Gong takes each update of an object in a separate upload',
      ),
    );
    expect(server.uploads).toHaveLength(0);
  });

  it("a repeated objectId in a stream stops it before its last byte: nothing is accepted", async () => {
    const server = await serve((_upload, res) => json(res, 201, accepted));
    async function* records() {
      yield { objectId: "a", modifiedDate: "2026-01-01T00:00:00Z" };
      yield { objectId: "a", modifiedDate: "2026-01-02T00:00:00Z" };
    }
    await expect(
      testClient(server.url, { maxRetries: 2 }).crm.uploadObjects(query, records()),
    ).rejects.toThrow(/records\[1\]\.objectId "a" repeats records\[0\]/);
    await server.received(1);
    expect(server.uploads).toHaveLength(1);
    expect(server.uploads[0]?.parts).toBeUndefined();
  });

  // 200 MB go through the client: on two busy cores that takes far longer than the default 60 s allows.
  it("over 200 MB: an array is refused before sending, a stream is stopped before its end", {
    timeout: 300_000,
  }, async () => {
    const server = await serve((_upload, res) => json(res, 201, accepted), false, true);
    const gong = testClient(server.url);
    const filler = "x".repeat(1_000_000);
    const big = Array.from({ length: 201 }, (_, i) => ({ objectId: `o${i}`, note: filler }));
    await expect(gong.crm.uploadObjects(query, big as never)).rejects.toThrow(
      /is over Gong's limit of 200000000 bytes \(\d+ bytes or more\): nothing was sent/,
    );
    expect(server.uploads).toHaveLength(0);
    async function* stream() {
      yield* big;
    }
    await expect(gong.crm.uploadObjects(query, stream() as never)).rejects.toThrow(
      /grew past Gong's limit of 200000000 bytes: stopped before its end/,
    );
    await server.received(1);
    expect(server.uploads[0]?.error).toBe("the request was cut off");
  });

  it("bad query values and records that are not objects are refused before sending", async () => {
    const server = await serve((_upload, res) => json(res, 201, accepted));
    const gong = testClient(server.url);
    await expect(
      gong.crm.uploadObjects({ ...query, clientRequestId: "has space" }, [
        { objectId: "a", modifiedDate: "x" },
      ]),
    ).rejects.toThrow(/^clientRequestId must be .*\^\[A-Za-z0-9_-\]\+\$/);
    await expect(
      // @ts-expect-error: not one of Gong's object types
      gong.crm.uploadObjects({ ...query, objectType: "OPPORTUNITY" }, [{ objectId: "a", modifiedDate: "x" }]),
    ).rejects.toThrow(/^objectType must be one of "ACCOUNT"/);
    await expect(gong.crm.uploadObjects(query, [] as never)).rejects.toThrow(/records is empty/);
    await expect(gong.crm.uploadObjects(query, ["line"] as never)).rejects.toThrow(
      /records\[0\] must be an object/,
    );
    expect(server.uploads).toHaveLength(0);
  });

  it("a reused clientRequestId is Gong's 409: GongConflictError", async () => {
    const server = await serve((_upload, res) => gongError(res, 409));
    const error = await testClient(server.url)
      .crm.uploadObjects(query, [{ objectId: "a", modifiedDate: "2026-01-01T00:00:00Z" }])
      .catch((e: unknown) => e);
    expect(error).toBeInstanceOf(GongConflictError);
    expect(server.uploads).toHaveLength(1);
  });
});
