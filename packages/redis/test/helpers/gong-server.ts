// A Gong-like server scripted per test: answers users.get as `answer` says and logs each arrival's time.
import { once } from "node:events";
import { createServer, type ServerResponse } from "node:http";
import type { AddressInfo } from "node:net";

export interface ScriptedGong {
  url: string;
  arrivals: { at: number; url: string; status: number }[];
  close(): Promise<void>;
}

/** `answer(n)` for the n-th arrival (0-based): a status and extra headers. */
export async function startGong(
  answer: (n: number) => [number, Record<string, string>?],
): Promise<ScriptedGong> {
  const arrivals: ScriptedGong["arrivals"] = [];
  const server = createServer((req, res) => {
    const [status, headers = {}] = answer(arrivals.length);
    arrivals.push({ at: performance.now(), url: req.url ?? "", status });
    req.resume();
    send(
      res,
      status,
      status === 200 ? { requestId: "r", user: { id: "1" } } : { requestId: "r", errors: [`${status}`] },
      headers,
    );
  });
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    arrivals,
    async close() {
      const closed = once(server, "close");
      server.closeAllConnections();
      server.close();
      await closed;
    },
  };
}

function send(res: ServerResponse, status: number, body: unknown, headers: Record<string, string>): void {
  const text = JSON.stringify(body);
  res.writeHead(status, {
    "content-type": "application/json",
    "content-length": Buffer.byteLength(text),
    ...headers,
  });
  res.end(text);
}
