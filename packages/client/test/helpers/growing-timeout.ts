import { type Script, type ScriptedServer, startServer } from "./scripted-server.ts";

/**
 * For a test about timeouts that needs its requests to reach the server first: on two busy cores a short
 * timeout can fire before the request arrives. Runs `attempt` with a timeout that doubles (100 ms, 200 ms,
 * … 12.8 s) until it says the arrivals it needs happened: the test waits for the event, not a guess.
 */
export async function withGrowingTimeout(attempt: (timeoutMs: number) => Promise<boolean>): Promise<number> {
  for (let timeoutMs = 100; timeoutMs <= 12_800; timeoutMs *= 2) {
    if (await attempt(timeoutMs)) return timeoutMs;
  }
  throw new Error("the requests never reached the server, even with a 12.8 s timeout");
}

/**
 * The same, with a fresh server for each try (started with `script`, closed after): a request a try gave up
 * on can still arrive later, and must not count for the next try.
 */
export async function withGrowingTimeoutOn(
  script: Script,
  attempt: (timeoutMs: number, server: ScriptedServer) => Promise<boolean>,
): Promise<number> {
  return withGrowingTimeout(async (timeoutMs) => {
    const server = await startServer(script);
    try {
      return await attempt(timeoutMs, server);
    } finally {
      await server.close();
    }
  });
}
