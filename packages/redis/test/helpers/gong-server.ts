// A Gong-like server scripted per test: answers users.get as `answer` says and logs each arrival's time.
import { createServer } from "node:http";
import { closerOf, listenLocal, sendJson } from "@gongkit/mock-server/local-http";

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
    sendJson(
      res,
      status,
      status === 200 ? { requestId: "r", user: { id: "1" } } : { requestId: "r", errors: [`${status}`] },
      headers,
    );
  });
  return { url: await listenLocal(server), arrivals, close: closerOf(server) };
}
