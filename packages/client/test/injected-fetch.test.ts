// The `fetch` option: used for every request, called as a plain function, and a timeout still
// settles the call when that fetch ignores its signal.
import { afterEach, expect, it } from "vitest";
import { GongTimeoutError } from "../src/index.ts";
import { testClient, USER_ID } from "./helpers/client.ts";
import { json, type ScriptedServer, startServer, USER_BODY } from "./helpers/scripted-server.ts";

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

it("the injected fetch carries every request, retries included", async () => {
  server = await startServer((_req, res, i) =>
    i === 0 ? json(res, 500, {}, { "retry-after": "0" }) : json(res, 200, USER_BODY),
  );
  const seen: string[] = [];
  const recordingFetch: typeof fetch = (input, init) => {
    seen.push(input instanceof Request ? input.url : String(input));
    return fetch(input, init);
  };
  const gong = testClient(server.url, { fetch: recordingFetch });
  await gong.users.get(USER_ID);
  await gong.GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
  expect(seen).toEqual([1, 2, 3].map(() => `${server!.url}/v2/users/${USER_ID}`));
  expect(server.requests).toHaveLength(3);
});

it("a fetch that ignores its signal still times out, and is called once per attempt", async () => {
  let calls = 0;
  const deafFetch: typeof fetch = () => {
    calls++;
    return new Promise<Response>(() => {});
  };
  const gong = testClient("http://127.0.0.1:9", { fetch: deafFetch, timeoutMs: 50, maxRetries: 1 });
  await expect(gong.users.get(USER_ID)).rejects.toThrow(GongTimeoutError);
  expect(calls).toBe(2);
});
