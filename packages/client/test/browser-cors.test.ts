// What the client does when it believes it runs in a page: the headers it sends, and how it reports a
// CORS refusal. The page is faked (document and location globals); Chromium itself runs this in
// tools/runtime-matrix, against a real cross-origin server.
import { afterEach, beforeEach, describe, expect, it, vi } from "vitest";
import { GongConnectionError, GongCorsError } from "../src/index.ts";
import { testClient, USER_ID } from "./helpers/client.ts";

const API = "https://api.gong.io";

beforeEach(() => {
  vi.stubGlobal("document", {});
  vi.stubGlobal("location", { origin: "https://app.example.com" });
});
afterEach(() => vi.unstubAllGlobals());

/** A browser's fetch: the call fails with the bare TypeError a browser gives; the no-cors probe is recorded. */
function browserFetch(probeAnswers: boolean) {
  const calls: { url: string; init: RequestInit | undefined }[] = [];
  const fetch = async (input: RequestInfo | URL, init?: RequestInit) => {
    const url = input instanceof Request ? input.url : String(input);
    calls.push({ url, init });
    if (init?.mode === "no-cors" && probeAnswers) return new Response(null, { status: 200 });
    throw new TypeError("Failed to fetch");
  };
  return { fetch: fetch as typeof globalThis.fetch, calls };
}

describe("in a browser", () => {
  it("sends neither x-gongkit-client nor User-Agent: Authorization is the only header CORS must allow", async () => {
    let sent: Headers | undefined;
    const fetch = (async (input: Request | string, init?: RequestInit) => {
      sent = new Headers(input instanceof Request ? input.headers : init?.headers);
      return Response.json({ requestId: "r", user: { id: USER_ID } });
    }) as typeof globalThis.fetch;
    await testClient(API, { fetch }).users.get(USER_ID);
    expect(sent?.get("x-gongkit-client")).toBeNull();
    expect(sent?.get("user-agent")).toBeNull();
    expect(sent?.get("authorization")).toMatch(/^Basic /);
  });

  it("a CORS refusal is a GongCorsError at once, not a retried 'Could not reach Gong'", async () => {
    const { fetch, calls } = browserFetch(true);
    const error = await testClient(API, { fetch, maxRetries: 2 })
      .users.get(USER_ID)
      .catch((e) => e);
    expect(error).toBeInstanceOf(GongCorsError);
    expect(error).toBeInstanceOf(GongConnectionError);
    expect(error.name).toBe("GongCorsError");
    expect(error.message).toBe(`CORS: ${API} must allow this origin and the Authorization header`);
    // One attempt, then one probe with no header and no credential, to the path without the query.
    expect(calls.map(({ init }) => init?.mode ?? "cors")).toEqual(["cors", "no-cors"]);
    expect(calls[1]).toMatchObject({ url: `${API}/v2/users/${USER_ID}`, init: { method: "HEAD" } });
    expect(calls[1]?.init?.headers).toBeUndefined();
  });

  it("an unreachable server stays a retried GongConnectionError", async () => {
    const { fetch, calls } = browserFetch(false);
    const error = await testClient(API, { fetch, maxRetries: 1 })
      .users.get(USER_ID)
      .catch((e) => e);
    expect(error).toBeInstanceOf(GongConnectionError);
    expect(error).not.toBeInstanceOf(GongCorsError);
    expect(calls.filter(({ init }) => init?.mode !== "no-cors")).toHaveLength(2);
  });

  it("a same-origin failure is never blamed on CORS", async () => {
    vi.stubGlobal("location", { origin: API });
    const { fetch, calls } = browserFetch(true);
    const error = await testClient(API, { fetch, maxRetries: 0 })
      .users.get(USER_ID)
      .catch((e) => e);
    expect(error).not.toBeInstanceOf(GongCorsError);
    expect(calls).toHaveLength(1);
  });
});
