// Generated methods hand openapi-fetch a light Request class (no Request is built per call), until
// middleware is registered with gong.use(): from then on middleware sees a real Request.
import type { Middleware } from "openapi-fetch";
import { expect, it } from "vitest";
import { testClient, USER_ID } from "./helpers/client.ts";
import { json, USER_BODY, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();

it("without middleware, users.get calls fetch(url, init): no Request is built", async () => {
  const { url } = await serve((_req, res) => json(res, 200, USER_BODY));
  const inputs: unknown[] = [];
  const gong = testClient(url, {
    fetch: (input, init) => {
      inputs.push(input);
      return fetch(input, init);
    },
  });
  await expect(gong.users.get(USER_ID)).resolves.toEqual(USER_BODY);
  expect(inputs).toEqual([`${url}/v2/users/${USER_ID}`]);
});

it("middleware registered with gong.use() sees a real Request from users.get, and its changes are sent", async () => {
  const { url, requests } = await serve((_req, res) => json(res, 200, USER_BODY));
  const gong = testClient(url);
  const seen: unknown[] = [];
  const middleware: Middleware = {
    onRequest({ request }) {
      seen.push(request);
      request.headers.set("x-trace-id", "t-1");
      return request;
    },
  };
  gong.use(middleware);
  await expect(gong.users.get(USER_ID)).resolves.toEqual(USER_BODY);
  expect(seen).toHaveLength(1);
  expect(seen[0]).toBeInstanceOf(Request);
  expect((seen[0] as Request).url).toBe(`${url}/v2/users/${USER_ID}`);
  expect(requests[0]?.headers["x-trace-id"]).toBe("t-1");
  expect(requests[0]?.headers.authorization).toMatch(/^Basic /);
});
