// The request path seen from outside, over real sockets: what an attempt leaves behind (timers,
// sockets), what a retry sends again, and statuses whose response has no body.
import { once } from "node:events";
import type { Middleware } from "openapi-fetch";
import { describe, expect, it } from "vitest";
import { GongAbortError, GongInvalidArgumentError, GongTimeoutError } from "../src/index.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, testClient, USER_ID } from "./helpers/client.ts";
import { withGrowingTimeout, withGrowingTimeoutOn } from "./helpers/growing-timeout.ts";
import { gongError, json, startServer, USER_BODY, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();

const timers = () => process.getActiveResourcesInfo().filter((type) => type === "Timeout").length;

/** Reads a request's whole body. */
async function bodyOf(req: AsyncIterable<Buffer>): Promise<string> {
  let body = "";
  for await (const chunk of req) body += chunk;
  return body;
}

describe("timeouts", () => {
  it("a call that succeeded leaves no timer behind (the default timeout is 60 s)", async () => {
    const { url } = await serve((_req, res) => json(res, 200, USER_BODY));
    const gong = testClient(url);
    await gong.users.get(USER_ID); // first connection: undici's own timers start here, not below
    await fetch(`${url}/warm`).then((r) => r.text());
    const before = timers();
    for (let i = 0; i < 5; i++) await gong.users.get(USER_ID);
    for (let i = 0; i < 5; i++) await gong.GET("/v2/users/{id}", { params: { path: { id: USER_ID } } });
    // A timer per call would be 10 more; undici may start or stop one of its own.
    expect(timers()).toBeLessThanOrEqual(before + 1);
  });

  it("a call that failed leaves no timer behind either", async () => {
    const { url } = await serve((_req, res) => gongError(res, 404));
    const gong = testClient(url);
    await gong.users.get(USER_ID).catch(() => {});
    const before = timers();
    for (let i = 0; i < 5; i++) await gong.users.get(USER_ID).catch(() => {});
    expect(timers()).toBeLessThanOrEqual(before + 1);
  });

  it("a timed-out attempt closes its connection: the server sees the socket go", async () => {
    const sockets: Promise<unknown>[] = [];
    const { url } = await serve((req) => {
      sockets.push(once(req.socket, "close"));
    }); // never answers
    // A 100 ms timeout can fire before a loaded machine delivers the request: call until one has arrived.
    for (let timeoutMs = 100; sockets.length === 0; timeoutMs *= 2) {
      const error = await testClient(url, { timeoutMs, maxRetries: 0 })
        .users.get(USER_ID)
        .catch((e: unknown) => e);
      expect(error).toBeInstanceOf(GongTimeoutError);
    }
    // Without the abort the socket would wait for a response forever: the close is the event awaited.
    await sockets[0];
  });

  it("a body that stalls after the headers times out too, and is retried", async () => {
    // Both attempts must reach the server before their timeouts for the retry to be seen: on a loaded
    // machine a short timeout can fire first, so each try has a fresh server and a longer timeout.
    await withGrowingTimeoutOn(
      (_req, res) => {
        res.writeHead(200, { "content-type": "application/json", "content-length": "1000" });
        res.write('{"requestId":');
      },
      async (timeoutMs, { url, requests }) => {
        const error = await testClient(url, { timeoutMs, maxRetries: 1 })
          .GET("/v2/users/{id}", { params: { path: { id: USER_ID } } })
          .catch((e: unknown) => e);
        expect(error).toBeInstanceOf(GongTimeoutError);
        expect(requests.length).toBeLessThanOrEqual(2);
        return requests.length === 2;
      },
    );
  });

  it("the caller's abort in flight closes the connection too", async () => {
    let closed!: Promise<unknown>;
    let arrived!: () => void;
    const arrival = new Promise<void>((resolve) => {
      arrived = resolve;
    });
    const { url } = await serve((req) => {
      closed = once(req.socket, "close");
      arrived();
    });
    const controller = new AbortController();
    const call = testClient(url).users.get(USER_ID, { signal: controller.signal });
    await arrival;
    controller.abort(new Error("stop"));
    await expect(call).rejects.toThrow(GongAbortError);
    await expect(
      Promise.race([closed.then(() => "closed"), new Promise((r) => setTimeout(r, 10_000, "still open"))]),
    ).resolves.toBe("closed");
  });
});

describe("a real Request's body is sent whole on every attempt", () => {
  const loose = (gong: unknown) =>
    gong as { POST(path: string, init: { body: unknown }): Promise<{ data?: unknown; response: Response }> };

  it("gong.POST retried after a 503", async () => {
    const bodies: string[] = [];
    const { url, requests } = await serve(async (req, res, index) => {
      bodies.push(await bodyOf(req));
      if (index === 0) return gongError(res, 503, { "retry-after": "0" });
      json(res, 200, { requestId: "r", received: bodies.at(-1) });
    });
    const payload = { filter: { userIds: [USER_ID] }, note: "é ✓" };
    const { data, response } = await loose(testClient(url)).POST("/v2/users/extensive", { body: payload });
    expect(response.status).toBe(200);
    expect(requests).toHaveLength(2);
    expect(bodies.map((b) => JSON.parse(b))).toEqual([payload, payload]);
    expect(data).toEqual({ requestId: "r", received: JSON.stringify(payload) });
  });

  it("with middleware, the Request a middleware replaced is resent whole after a timeout", async () => {
    const middleware: Middleware = {
      onRequest: ({ request }) => new Request(request, { method: "POST", body: "x".repeat(100_000) }),
    };
    // The first attempt must reach the server (and stall there) before its timeout, for the retry to be the
    // one that resends the body: each try has a fresh server and a longer timeout, until it does.
    await withGrowingTimeout(async (timeoutMs) => {
      const bodies: string[] = [];
      const server = await startServer(async (req, res, index) => {
        bodies.push(await bodyOf(req));
        if (index === 0) return; // stall: the first attempt times out
        json(res, 200, { requestId: "r" });
      });
      try {
        const gong = testClient(server.url, { timeoutMs, maxRetries: 1 });
        gong.use(middleware);
        const outcome = await gong.users.get(USER_ID).then(
          () => "ok",
          (error: unknown) => error,
        );
        if (outcome !== "ok") {
          expect(outcome).toBeInstanceOf(GongTimeoutError);
          return false;
        }
        expect(server.requests).toHaveLength(2);
        expect(bodies.map((b) => b.length)).toEqual([100_000, 100_000]);
        return true;
      } finally {
        await server.close();
      }
    });
  });
});

describe("statuses whose response has no body", () => {
  it.each([204, 205, 304])("gong.GET on a %i resolves with the status and no data", async (status) => {
    const { url } = await serve((_req, res) => {
      res.writeHead(status, { "x-gong": "kept" });
      res.end();
    });
    const { data, response } = await testClient(url).GET("/v2/users/{id}", {
      params: { path: { id: USER_ID } },
    });
    expect(response.status).toBe(status);
    expect(response.headers.get("x-gong")).toBe("kept");
    expect(response.body).toBeNull();
    expect(data ?? undefined).toBeUndefined();
  });

  it("users.get on a 204 resolves undefined", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(204);
      res.end();
    });
    await expect(testClient(url).users.get(USER_ID)).resolves.toBeUndefined();
  });
});

describe("baseUrl", () => {
  it.each(["https://TOKEN@api.gong.io", "https://:secret@api.gong.io", "https://key:secret@api.gong.io"])(
    "credentials in the URL are refused: %s",
    (baseUrl) => {
      expect(() => testClient(baseUrl)).toThrow(
        new GongInvalidArgumentError("baseUrl must not contain credentials: pass them as `auth`"),
      );
    },
  );

  it.each(["api.gong.io", "ftp://api.gong.io", "file:///etc/passwd", "", "https://"])(
    "%j is refused",
    (baseUrl) => {
      expect(() => testClient(baseUrl)).toThrow(
        "baseUrl must be an absolute http(s) URL, such as https://api.gong.io",
      );
    },
  );

  it("http and https are accepted, and used as given", async () => {
    const { url, requests } = await serve((_req, res) => json(res, 200, USER_BODY));
    await testClient(`${url}/`).users.get(USER_ID);
    expect(requests[0]?.url).toBe(`/v2/users/${USER_ID}`);
    expect(() =>
      testClient("https://api.gong.io", {
        auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
      }),
    ).not.toThrow();
  });
});
