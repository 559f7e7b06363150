// Uploads from files, against a node:http server that reads the multipart body (the simulator has no upload
// endpoints): a call's media, and CRM records as JSON lines with a 19-digit integer arriving exact.
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { credentialsEnv, gong, tempDir } from "./support/run-gong.ts";
import { multipartParts, startTestServer } from "./support/test-server.ts";

const CALL_ID = "7782342274025937895";

describe("uploads", () => {
  it("gong calls add-media <id> --file rec.mp3 sends the file as the mediaFile part", async () => {
    const server = await startTestServer(() => ({
      status: 201,
      body: {
        requestId: "4al018gzaztcr8nbukw",
        callId: CALL_ID,
        url: `https://app.gong.io/call?id=${CALL_ID}`,
      },
    }));
    const dir = await tempDir();
    const file = join(dir, "rec.mp3");
    const bytes = Buffer.from(Array.from({ length: 300_000 }, (_, i) => (i * 31) % 256));
    await writeFile(file, bytes);

    const run = await gong(["calls", "add-media", CALL_ID, "--file", file], {
      env: credentialsEnv(server.url),
    });
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({
      requestId: "4al018gzaztcr8nbukw",
      callId: CALL_ID,
      url: `https://app.gong.io/call?id=${CALL_ID}`,
    });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe("PUT");
    expect(request!.url).toBe(`/v2/calls/${CALL_ID}/media`);
    const parts = multipartParts(request!);
    expect(parts).toHaveLength(1);
    expect(parts[0]).toMatchObject({ name: "mediaFile", filename: "rec.mp3", contentType: "audio/mpeg" });
    expect(parts[0]!.data.equals(bytes)).toBe(true);
  });

  it("gong crm upload-objects … --file records.jsonl sends the records, a 19-digit integer exact", async () => {
    const server = await startTestServer(() => ({
      status: 201,
      body: { requestId: "4al018gzaztcr8nbukw", clientRequestId: "r1" },
    }));
    const dir = await tempDir();
    const file = join(dir, "records.jsonl");
    const records = [
      '{"objectId":"8608553","name":"Deal name","amount":7000,"ownerId":1234567890123456789}',
      "",
      '{"objectId":"8608554","isDeleted":true,"accountId":9007199254740993}',
    ];
    await writeFile(file, `${records.join("\n")}\n`);

    const run = await gong(
      [
        "crm",
        "upload-objects",
        "--integration-id",
        "6286478263646",
        "--object-type",
        "DEAL",
        "--client-request-id",
        "r1",
        "--file",
        file,
      ],
      { env: credentialsEnv(server.url) },
    );
    expect(run.stderr).toBe("");
    expect(run.code).toBe(0);
    expect(JSON.parse(run.stdout)).toEqual({ requestId: "4al018gzaztcr8nbukw", clientRequestId: "r1" });
    expect(server.requests).toHaveLength(1);
    const [request] = server.requests;
    expect(request!.method).toBe("POST");
    const url = new URL(request!.url, server.url);
    expect(url.pathname).toBe("/v2/crm/entities");
    expect(Object.fromEntries(url.searchParams)).toEqual({
      integrationId: "6286478263646",
      objectType: "DEAL",
      clientRequestId: "r1",
    });
    const parts = multipartParts(request!);
    expect(parts.map((part) => part.name)).toEqual(["dataFile"]);
    const lines = parts[0]!.data.toString("utf8").trimEnd().split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toContain('"ownerId":1234567890123456789');
    expect(lines[1]).toContain('"accountId":9007199254740993');
  });

  it("a records file with a line that is not JSON is a usage error", async () => {
    const server = await startTestServer(() => ({ status: 201, body: {} }));
    const dir = await tempDir();
    const file = join(dir, "records.jsonl");
    await writeFile(file, '{"objectId":"1"}\n{nope\n');
    const run = await gong(
      [
        "crm",
        "upload-objects",
        "--integration-id",
        "1",
        "--object-type",
        "DEAL",
        "--client-request-id",
        "r2",
        "--file",
        file,
      ],
      { env: credentialsEnv(server.url) },
    );
    expect(run.code).toBe(2);
    expect(run.stderr).toContain("line 2 is not JSON");
  });
});
