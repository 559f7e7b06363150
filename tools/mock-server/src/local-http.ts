// What every local test server here does alike: listen on a free 127.0.0.1 port, answer JSON, stop.
import { once } from "node:events";
import type { Server, ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

/** Listens on 127.0.0.1 (port 0: a free one) and resolves with the server's base URL. */
export async function listenLocal(server: Server, port = 0): Promise<string> {
  server.listen(port, "127.0.0.1");
  await once(server, "listening");
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

/** A close that drops open connections; once only, since a second close() would wait for a "close" already emitted. */
export function closerOf(server: Server): () => Promise<void> {
  let closed: Promise<unknown> | undefined;
  return async () => {
    if (!closed) {
      closed = once(server, "close");
      server.closeAllConnections();
      server.close();
    }
    await closed;
  };
}

/** Writes a JSON response with its length. */
export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
