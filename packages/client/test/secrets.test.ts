// No credential ever shows in an error (message, stack, inspect, JSON) or in the client object.
import { inspect } from "node:util";
import { afterEach, describe, expect, it } from "vitest";
import { createGongClient, type GongClient, GongError } from "../src/index.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, testClient, USER_ID } from "./helpers/client.ts";
import { json, type ScriptedServer, startServer } from "./helpers/scripted-server.ts";

const BASE64 = Buffer.from(`${ACCESS_KEY}:${ACCESS_KEY_SECRET}`, "utf8").toString("base64");
const TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.Zm9vYmFy";
const SECRETS = [ACCESS_KEY_SECRET, BASE64, TOKEN];

let server: ScriptedServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
});

function renderings(value: unknown): string[] {
  const error = value as Error;
  return [
    String(error.message),
    String(error.stack),
    inspect(error),
    inspect(error, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
    JSON.stringify(error),
    String(error),
  ];
}

function expectNoSecret(texts: string[]) {
  for (const text of texts) for (const secret of SECRETS) expect(text).not.toContain(secret);
}

/** A server that echoes the Authorization header back: in its error strings and in a response header. */
async function echoingServer(status: number) {
  server = await startServer((req, res) => {
    const auth = req.headers.authorization ?? "";
    json(
      res,
      status,
      { requestId: `echo ${auth}`, errors: [`bad credentials: ${auth}`] },
      { "x-echo": auth, "retry-after": "0" },
    );
  });
  return server.url;
}

const clients: [string, (url: string) => GongClient][] = [
  ["access key", (url) => testClient(url, { maxRetries: 0 })],
  ["bearer token", (url) => testClient(url, { maxRetries: 0, auth: { bearerToken: TOKEN } })],
  ["bearer function", (url) => testClient(url, { maxRetries: 0, auth: { bearerToken: async () => TOKEN } })],
];

describe.each(clients)("secrets with %s auth", (_name, makeClient) => {
  it.each([401, 404, 429, 500])(
    "a %i whose body echoes the credentials: redacted in every rendering",
    async (status) => {
      const error = await makeClient(await echoingServer(status))
        .users.get(USER_ID)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GongError);
      expect((error as { errors: string[] }).errors[0]).toContain("[redacted]");
      expectNoSecret(renderings(error));
    },
  );

  it("connection, timeout, invalid-response, abort and argument errors", async () => {
    server = await startServer((req, res) => {
      if (req.url?.endsWith("/1")) req.socket.destroy();
      else if (req.url?.endsWith("/2"))
        return; // stall
      else res.end("{not json");
    });
    const gong = makeClient(server.url);
    const errors = await Promise.all([
      gong.users.get("1").catch((e: unknown) => e),
      gong.users.get("2", { timeoutMs: 50 }).catch((e: unknown) => e),
      gong.users.get("3").catch((e: unknown) => e),
      gong.users.get("4", { signal: AbortSignal.abort(new Error("stop")) }).catch((e: unknown) => e),
      gong.users.get(`${TOKEN}/../1`).catch((e: unknown) => e),
    ]);
    for (const error of errors) {
      expect(error).toBeInstanceOf(GongError);
      expectNoSecret(renderings(error));
    }
  });

  it("util.inspect of the client shows no credential", async () => {
    const gong = makeClient("https://api.gong.io");
    expectNoSecret([
      inspect(gong, { depth: Number.POSITIVE_INFINITY, showHidden: true }),
      JSON.stringify(gong) ?? "",
    ]);
  });
});

it("a bad baseUrl or auth at creation does not echo a credential", () => {
  const attempts = [
    () =>
      createGongClient({
        auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
        baseUrl: `https://k:${ACCESS_KEY_SECRET}@x.io`,
      }),
    () => createGongClient({ auth: { bearerToken: `${TOKEN}\n` } }),
    () =>
      createGongClient({ auth: { accessKey: `a:${ACCESS_KEY_SECRET}`, accessKeySecret: ACCESS_KEY_SECRET } }),
  ];
  for (const attempt of attempts) {
    let thrown: unknown;
    try {
      attempt();
    } catch (error) {
      thrown = error;
    }
    expect(thrown).toBeInstanceOf(GongError);
    expectNoSecret(renderings(thrown));
  }
});

it("a credential of 4 or more characters is redacted; a shorter one is not (it would blank ordinary words)", async () => {
  server = await startServer((req, res) => {
    const token = (req.headers.authorization ?? "").replace("Bearer ", "");
    json(res, 401, { requestId: `r ${token}`, errors: [`token ${token} refused; please retry`] });
  });
  const refusal = async (bearerToken: string | (() => Promise<string>)) =>
    (await testClient(server!.url, { maxRetries: 0, auth: { bearerToken } })
      .users.get(USER_ID)
      .catch((e: unknown) => e)) as { errors: string[]; requestId: string };
  expect((await refusal("leas")).errors).toEqual(["token [redacted] refused; p[redacted]e retry"]);
  expect((await refusal("ret")).errors).toEqual(["token ret refused; please retry"]);
  expect((await refusal(async () => "leas")).errors).toEqual([
    "token [redacted] refused; p[redacted]e retry",
  ]);
});
