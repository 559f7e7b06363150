// A small node:http server on 127.0.0.1 for what the simulator does not do (uploads, a 500): it keeps every
// request whole (method, URL, headers, body bytes) and answers as the test says. Closed after the file.
import { once } from "node:events";
import { createServer, type IncomingHttpHeaders } from "node:http";
import type { AddressInfo } from "node:net";
import { afterAll } from "vitest";

export interface ReceivedRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  body: Buffer;
}

export interface TestServer {
  url: string;
  requests: ReceivedRequest[];
  close(): Promise<void>;
}

export type Reply = { status: number; body: unknown; headers?: Record<string, string> };

const servers: TestServer[] = [];
afterAll(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Starts a server that answers each request (after reading its whole body) with `reply(request)`. */
export async function startTestServer(reply: (request: ReceivedRequest) => Reply): Promise<TestServer> {
  const requests: ReceivedRequest[] = [];
  const server = createServer(async (req, res) => {
    const chunks: Buffer[] = [];
    try {
      for await (const chunk of req) chunks.push(chunk as Buffer);
    } catch {
      return; // the client gave up mid-body (a records file that turned out not to be JSON)
    }
    const request = {
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      body: Buffer.concat(chunks),
    };
    requests.push(request);
    const { status, body, headers = {} } = reply(request);
    const text = JSON.stringify(body);
    res.writeHead(status, { "content-type": "application/json", ...headers });
    res.end(text);
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const { port } = server.address() as AddressInfo;
  let closed: Promise<unknown> | undefined;
  const handle: TestServer = {
    url: `http://127.0.0.1:${port}`,
    requests,
    async close() {
      if (!closed) {
        closed = once(server, "close");
        server.closeAllConnections();
        server.close();
      }
      await closed;
    },
  };
  servers.push(handle);
  return handle;
}

export interface MultipartPart {
  name: string;
  filename: string | undefined;
  contentType: string | undefined;
  data: Buffer;
}

/** The parts of a multipart/form-data body (RFC 7578), read by its boundary. */
export function multipartParts(request: ReceivedRequest): MultipartPart[] {
  const boundary = /boundary=(?:"([^"]+)"|([^;]+))/i.exec(request.headers["content-type"] ?? "");
  if (!boundary) throw new Error(`not multipart: ${request.headers["content-type"]}`);
  const delimiter = Buffer.from(`--${boundary[1] ?? boundary[2]}`);
  const parts: MultipartPart[] = [];
  let at = request.body.indexOf(delimiter);
  while (at >= 0) {
    const start = at + delimiter.length;
    if (request.body.subarray(start, start + 2).toString() === "--") break;
    const next = request.body.indexOf(delimiter, start);
    if (next < 0) throw new Error("multipart body without its closing delimiter");
    const part = request.body.subarray(start + 2, next - 2); // after CRLF, before CRLF
    const split = part.indexOf("\r\n\r\n");
    const head = part.subarray(0, split).toString("utf8");
    const disposition = /content-disposition:[^\r\n]*/i.exec(head)?.[0] ?? "";
    parts.push({
      name: /\bname="([^"]*)"/.exec(disposition)?.[1] ?? "",
      filename: /\bfilename="([^"]*)"/.exec(disposition)?.[1],
      contentType: /content-type:\s*([^\r\n]+)/i.exec(head)?.[1]?.trim(),
      data: part.subarray(split + 4),
    });
    at = next;
  }
  return parts;
}
