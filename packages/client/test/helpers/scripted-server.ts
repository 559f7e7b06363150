// A real HTTP server on 127.0.0.1:<ephemeral>, scripted per test. Nothing is mocked: the client
// under test talks to it over sockets with the runtime's own fetch.
import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from "node:http";
import { closerOf, listenLocal, sendJson } from "@gongkit/mock-server/local-http";
import { afterEach } from "vitest";
import { USER_EXAMPLE } from "./spec.ts";

export interface SeenRequest {
  method: string;
  url: string;
  headers: IncomingHttpHeaders;
  /** performance.now() when the request arrived. */
  at: number;
}

/** Answers the `index`-th request (0-based). */
export type Script = (req: IncomingMessage, res: ServerResponse, index: number) => void;

export interface ScriptedServer {
  url: string;
  requests: SeenRequest[];
  close(): Promise<void>;
}

export async function startServer(script: Script): Promise<ScriptedServer> {
  const requests: SeenRequest[] = [];
  const server = createServer((req, res) => {
    const index = requests.length;
    requests.push({
      method: req.method ?? "",
      url: req.url ?? "",
      headers: req.headers,
      at: performance.now(),
    });
    script(req, res, index);
  });
  return { url: await listenLocal(server), requests, close: closerOf(server) };
}

/** What a test server answers for a user: the spec's own 200 example, not a copy of it. */
export const USER_BODY = USER_EXAMPLE;

/** Writes a JSON response. */
export const json = sendJson;

/** Gong's error body. */
export function gongError(res: ServerResponse, status: number, headers: Record<string, string> = {}): void {
  json(res, status, { requestId: `req-${status}`, errors: [`error ${status}`] }, headers);
}

/**
 * For a test file whose tests each start a scripted server: `serve(script)` starts one, and it is closed
 * after the test (close() twice is harmless).
 */
export function useScriptedServer(): (script: Script) => Promise<ScriptedServer> {
  let server: ScriptedServer | undefined;
  afterEach(async () => {
    await server?.close();
    server = undefined;
  });
  return async (script) => {
    server = await startServer(script);
    return server;
  };
}
