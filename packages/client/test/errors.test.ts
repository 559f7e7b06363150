// What an error shows, not only what it hides: its class and `name` per status, a message naming the
// status, Gong's requestId and Gong's own error strings, and the fields JSON and util.inspect show.
// secrets.test.ts checks the other half (no credential in any of these).
import { inspect } from "node:util";
import { describe, expect, it } from "vitest";
import * as exported from "../src/index.ts";
import {
  GongAbortError,
  GongApiError,
  GongAuthenticationError,
  GongBadRequestError,
  GongConflictError,
  GongConnectionError,
  GongError,
  GongForbiddenError,
  GongInvalidArgumentError,
  GongInvalidResponseError,
  GongNotFoundError,
  GongRateLimitError,
  GongServerError,
  GongTimeoutError,
  GongTokenError,
} from "../src/index.ts";
import { testClient, USER_ID } from "./helpers/client.ts";
import { json, useScriptedServer } from "./helpers/scripted-server.ts";

const serve = useScriptedServer();

/** The error `users.get` rejects with when the server answers `status` with `body` (no retries). */
async function errorFor(status: number, body: unknown, headers: Record<string, string> = {}) {
  const { url } = await serve((_req, res) => {
    if (typeof body !== "string") return json(res, status, body, headers);
    res.writeHead(status, { "content-type": "text/html", ...headers });
    res.end(body);
  });
  return (await testClient(url, { maxRetries: 0 })
    .users.get(USER_ID)
    .catch((e: unknown) => e)) as GongApiError;
}

describe("names", () => {
  const classes = Object.entries(exported).filter(
    ([, value]) => typeof value === "function" && value.prototype instanceof Error,
  ) as [string, new (...args: never[]) => Error][];

  it("every exported error class is a GongError", () => {
    expect(classes.map(([name]) => name)).toContain("GongTokenError");
    // 13, then 403, 409, paging and CORS, then 402, the expired cursor and the two job errors.
    expect(classes).toHaveLength(21);
    for (const [, type] of classes)
      expect(type === GongError || type.prototype instanceof GongError).toBe(true);
  });

  it.each(classes)(
    "%s: `name` is the class's exported name, and String(error) starts with it",
    (name, type) => {
      const error = Reflect.construct(type, [
        { status: 500, headers: new Headers(), requestId: undefined, errors: [], retryAfterMs: undefined },
      ]) as Error;
      expect(error.name).toBe(name);
      expect(String(error).startsWith(`${name}: `)).toBe(true);
      expect(error.stack?.startsWith(name)).toBe(true);
    },
  );
});

describe("the class, name and message for each status", () => {
  it.each([
    [400, GongBadRequestError, "GongBadRequestError"],
    [401, GongAuthenticationError, "GongAuthenticationError"],
    [403, GongForbiddenError, "GongForbiddenError"],
    [404, GongNotFoundError, "GongNotFoundError"],
    [409, GongConflictError, "GongConflictError"],
    [429, GongRateLimitError, "GongRateLimitError"],
    [499, GongApiError, "GongApiError"],
    [500, GongServerError, "GongServerError"],
    [503, GongServerError, "GongServerError"],
  ])("%i: exactly %o", async (status, type, name) => {
    const error = await errorFor(status, { requestId: `req-${status}`, errors: [`error ${status}`] });
    // The exact class: a 403 must not become a GongServerError, which also passes instanceof GongApiError.
    expect(error.constructor).toBe(type);
    expect(error.name).toBe(name);
    expect(error.status).toBe(status);
    expect(error.requestId).toBe(`req-${status}`);
    expect(error.errors).toEqual([`error ${status}`]);
    expect(error.headers.get("content-type")).toBe("application/json");
    expect(error.message).toBe(`Gong API error ${status} (requestId req-${status}): error ${status}`);
  });

  it("Gong's error strings are joined in the message; non-strings are dropped", async () => {
    const error = await errorFor(400, { requestId: "r1", errors: ["first problem", 42, "second problem"] });
    expect(error.errors).toEqual(["first problem", "second problem"]);
    expect(error.message).toBe("Gong API error 400 (requestId r1): first problem; second problem");
  });

  it("a long reason is cut at 300 characters with an ellipsis; the errors field keeps it whole", async () => {
    const long = "x".repeat(400);
    const error = await errorFor(400, { requestId: "r2", errors: [long] });
    expect(error.errors).toEqual([long]);
    expect(error.message).toBe(`Gong API error 400 (requestId r2): ${"x".repeat(300)}…`);
  });

  it("a reason of exactly 300 characters is not cut", async () => {
    const exact = "y".repeat(300);
    const error = await errorFor(400, { requestId: "r3", errors: [exact] });
    expect(error.message).toBe(`Gong API error 400 (requestId r3): ${exact}`);
  });

  it("no requestId, no errors: the message is the status alone", async () => {
    const error = await errorFor(404, {});
    expect(error.requestId).toBeUndefined();
    expect(error.errors).toEqual([]);
    expect(error.message).toBe("Gong API error 404");
  });

  it("a body that is not JSON, or none, is named in the message", async () => {
    const html = await errorFor(502, "<html>Bad Gateway</html>");
    expect(html.message).toBe("Gong API error 502: the body was not JSON");
    const { url } = await serve((_req, res) => {
      res.writeHead(404, { "content-length": "0" });
      res.end();
    });
    const empty = (await testClient(url)
      .users.get(USER_ID)
      .catch((e: unknown) => e)) as GongApiError;
    expect(empty.constructor).toBe(GongNotFoundError);
    expect(empty.message).toBe("Gong API error 404: the body was empty");
  });

  it("429: retryAfterMs from the server's Retry-After, shown in JSON", async () => {
    const error = (await errorFor(
      429,
      { requestId: "r4", errors: ["slow down"] },
      { "retry-after": "3" },
    )) as GongRateLimitError;
    expect(error.retryAfterMs).toBe(3_000);
    expect(error.toJSON()).toMatchObject({ name: "GongRateLimitError", status: 429, retryAfterMs: 3_000 });
  });
});

describe("what JSON and util.inspect show", () => {
  it("an API error: name, message, status, requestId and errors; never headers", async () => {
    const error = await errorFor(
      404,
      { requestId: "req-404", errors: ["no such user"] },
      { "x-secret": "s" },
    );
    expect(error.toJSON()).toEqual({
      name: "GongNotFoundError",
      message: "Gong API error 404 (requestId req-404): no such user",
      status: 404,
      requestId: "req-404",
      errors: ["no such user"],
    });
    expect(JSON.parse(JSON.stringify(error))).toEqual(error.toJSON());
    const shown = inspect(error);
    expect(shown.startsWith(`${error.stack}`)).toBe(true);
    expect(shown).toContain('"status":404');
    expect(shown).toContain('"requestId":"req-404"');
    expect(shown).toContain('"errors":["no such user"]');
    expect(shown).not.toContain("x-secret");
  });

  it("a timeout shows timeoutMs; an error without fields shows its stack alone", async () => {
    const { url } = await serve(() => {}); // never answers
    const timeout = (await testClient(url, { timeoutMs: 50, maxRetries: 0 })
      .users.get(USER_ID)
      .catch((e: unknown) => e)) as GongTimeoutError;
    expect(timeout.constructor).toBe(GongTimeoutError);
    expect(timeout).toBeInstanceOf(GongConnectionError);
    expect(timeout.timeoutMs).toBe(50);
    expect(timeout.message).toBe("Gong did not answer within 50 ms");
    expect(timeout.toJSON()).toEqual({
      name: "GongTimeoutError",
      message: "Gong did not answer within 50 ms",
      timeoutMs: 50,
    });
    expect(inspect(timeout)).toBe(`${timeout.stack} {"timeoutMs":50}`);
    // Only the fields the error has: no status, requestId or errors keys, not even undefined ones.
    expect(Object.keys(timeout.toJSON())).toEqual(["name", "message", "timeoutMs"]);

    const reason = new Error("caller gave up");
    const abort = new GongAbortError(reason);
    expect(abort.name).toBe("GongAbortError");
    expect(abort.message).toBe("The request was aborted");
    expect(abort.cause).toBe(reason);
    expect(abort.toJSON()).toEqual({ name: "GongAbortError", message: "The request was aborted" });
    expect(inspect(abort)).toBe(`${abort.stack}`);
  });

  it("errors built directly: connection (default message), invalid response, argument, token", () => {
    expect(new GongConnectionError().message).toBe("Could not reach Gong");
    const cause = new Error("refused");
    const connection = new GongConnectionError("Could not reach Gong (ECONNREFUSED)", { cause });
    expect(connection.cause).toBe(cause);
    expect(connection.toJSON()).toEqual({
      name: "GongConnectionError",
      message: "Could not reach Gong (ECONNREFUSED)",
    });
    const headers = new Headers({ "content-type": "text/html" });
    const invalid = new GongInvalidResponseError(200, headers, "its body is empty");
    expect(invalid.message).toBe("Gong answered 200 but its body is empty");
    expect(invalid.status).toBe(200);
    expect(invalid.headers).toBe(headers);
    expect(invalid.toJSON()).toEqual({
      name: "GongInvalidResponseError",
      message: "Gong answered 200 but its body is empty",
      status: 200,
    });
    expect(new GongInvalidArgumentError("bad").toJSON()).toEqual({
      name: "GongInvalidArgumentError",
      message: "bad",
    });
    const token = new GongTokenError("token failed", { cause });
    expect([token.name, token.cause]).toEqual(["GongTokenError", cause]);
    expect(token).toBeInstanceOf(GongError);
  });
});

describe("messages of the client's other errors", () => {
  it("a 200 that is not JSON names the content type and length", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "text/html", "content-length": "6" });
      res.end("<html>");
    });
    const error = (await testClient(url)
      .users.get(USER_ID)
      .catch((e: unknown) => e)) as GongInvalidResponseError;
    expect(error.constructor).toBe(GongInvalidResponseError);
    expect(error.message).toBe("Gong answered 200 but its body is not valid JSON (text/html, 6 characters)");
    expect(error.cause).toBeInstanceOf(SyntaxError);
  });

  it("without a content type, the message says so", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-length": "3" });
      res.end("{x}");
    });
    await expect(testClient(url).users.get(USER_ID)).rejects.toThrow(
      "Gong answered 200 but its body is not valid JSON (no content type, 3 characters)",
    );
  });

  it("an empty 200 says its body is empty", async () => {
    const { url } = await serve((_req, res) => {
      res.writeHead(200, { "content-type": "application/json", "content-length": "0" });
      res.end();
    });
    await expect(testClient(url).users.get(USER_ID)).rejects.toThrow(
      "Gong answered 200 but its body is empty",
    );
  });

  it("a refused connection names the socket error code", async () => {
    const { url, close } = await serve((_req, res) => json(res, 200, {}));
    await close(); // nothing listens on that port now
    const error = (await testClient(url, { maxRetries: 0 })
      .users.get(USER_ID)
      .catch((e: unknown) => e)) as GongConnectionError;
    expect(error.constructor).toBe(GongConnectionError);
    expect(error.name).toBe("GongConnectionError");
    expect(error.message).toBe("Could not reach Gong (ECONNREFUSED)");
    expect(error.cause).toBeInstanceOf(Error);
  });

  it.each([
    ["the error's code", Object.assign(new Error("x"), { code: "EAI_AGAIN" }), "EAI_AGAIN"],
    ["its cause's code", new TypeError("fetch failed", { cause: { code: "ECONNRESET" } }), "ECONNRESET"],
    ["its name", new RangeError("x"), "RangeError"],
    ["nothing to go by", null, "unknown error"],
    ["a code that is not a string", Object.assign(new Error("x"), { code: 7, name: "OddError" }), "OddError"],
  ])("a fetch failing with %s: the message names %s", async (_case, thrown, shown) => {
    const failing: typeof fetch = () => Promise.reject(thrown);
    const error = (await testClient("http://127.0.0.1:9", { fetch: failing, maxRetries: 0 })
      .users.get(USER_ID)
      .catch((e: unknown) => e)) as GongConnectionError;
    expect(error.constructor).toBe(GongConnectionError);
    expect(error.message).toBe(`Could not reach Gong (${shown})`);
    expect(error.cause).toBe(thrown);
  });

  it("a failing bearerToken function: GongTokenError, with the function's error as cause", async () => {
    const { url, requests } = await serve((_req, res) => json(res, 200, {}));
    const failure = new Error("token store down");
    const error = (await testClient(url, {
      auth: {
        bearerToken: () => {
          throw failure;
        },
      },
    })
      .users.get(USER_ID)
      .catch((e: unknown) => e)) as GongTokenError;
    expect(error.constructor).toBe(GongTokenError);
    expect(error.name).toBe("GongTokenError");
    expect(error.message).toBe("The auth.bearerToken function failed: see the error's cause");
    expect(error.cause).toBe(failure);
    expect(requests).toHaveLength(0);
  });
});
