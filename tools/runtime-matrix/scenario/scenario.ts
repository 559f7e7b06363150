// The one scenario every runtime runs against the Gong-like server (src/gong-server.ts). It imports only
// the packed packages and web-standard globals: no `node:` module, no `process`, no `Buffer`, so the same
// file runs in Node, Deno, Bun, workerd and a browser page.
import { createGongClient, GongAbortError, GongNotFoundError, GongTimeoutError } from "@gongkit/client";
import { GongWebhookError, verifyGongWebhook } from "@gongkit/client/webhooks";
import { SCENARIO } from "./fixtures.js";

export interface CheckResult {
  check: string;
  ok: boolean;
  detail: string;
}

type Check = [name: string, run: (baseUrl: string) => Promise<string>];

const keyAuth = { accessKey: SCENARIO.accessKey, accessKeySecret: SCENARIO.accessKeySecret };

/** Throws with `message` unless `condition` holds. */
function expectThat(condition: boolean, message: string): void {
  if (!condition) throw new Error(message);
}

/** What `promise` rejected with; throws if it resolved. */
async function rejection(promise: Promise<unknown>): Promise<unknown> {
  try {
    await promise;
  } catch (error) {
    return error;
  }
  throw new Error("resolved, expected a rejection");
}

const describe = (error: unknown) =>
  error instanceof Error ? `${error.name}: ${error.message}` : `non-error ${typeof error}`;

const checks: Check[] = [
  [
    "users.get",
    async (baseUrl) => {
      const gong = createGongClient({ baseUrl, auth: keyAuth });
      const { user } = await gong.users.get(SCENARIO.userId);
      expectThat(user?.id === SCENARIO.userId && user.firstName === "Jon", `got ${JSON.stringify(user)}`);
      return `user ${user?.id}`;
    },
  ],
  [
    "404 is GongNotFoundError with requestId",
    async (baseUrl) => {
      const gong = createGongClient({ baseUrl, auth: keyAuth });
      const error = await rejection(gong.users.get(SCENARIO.missingId));
      expectThat(error instanceof GongNotFoundError, `got ${describe(error)}`);
      const { requestId, status } = error as GongNotFoundError;
      expectThat(status === 404 && requestId === "r-404", `status ${status}, requestId ${requestId}`);
      return `404 requestId ${requestId}`;
    },
  ],
  [
    "429 with Retry-After: 1, then 200",
    async (baseUrl) => {
      const gong = createGongClient({ baseUrl, auth: keyAuth });
      const started = Date.now();
      const { user } = await gong.users.get(SCENARIO.rateLimitedId);
      const waited = Date.now() - started;
      expectThat(user?.id === SCENARIO.rateLimitedId, `got ${JSON.stringify(user)}`);
      // The client's own backoff would retry after at most 500 ms: 900+ ms means Retry-After was read.
      expectThat(waited >= 900, `recovered after ${waited} ms: Retry-After (1 s) was not honoured`);
      return `recovered after ${waited} ms`;
    },
  ],
  [
    "bearer token from an async function",
    async (baseUrl) => {
      let calls = 0;
      const bearerToken = async () => {
        await new Promise((resolve) => setTimeout(resolve, 5));
        calls++;
        return SCENARIO.bearerToken;
      };
      const gong = createGongClient({ baseUrl, auth: { bearerToken } });
      const { user } = await gong.users.get(SCENARIO.userId);
      expectThat(user?.id === SCENARIO.userId && calls === 1, `user ${user?.id}, token calls ${calls}`);
      return "token function called once, accepted";
    },
  ],
  [
    "aborted signal is GongAbortError",
    async (baseUrl) => {
      const gong = createGongClient({ baseUrl, auth: keyAuth });
      const controller = new AbortController();
      const started = Date.now();
      setTimeout(() => controller.abort(), 50);
      const error = await rejection(gong.users.get(SCENARIO.slowId, { signal: controller.signal }));
      const took = Date.now() - started;
      expectThat(error instanceof GongAbortError, `got ${describe(error)}`);
      expectThat(took < 2500, `the abort took ${took} ms to settle`);
      return `aborted after ${took} ms`;
    },
  ],
  [
    "timeout is GongTimeoutError",
    async (baseUrl) => {
      const gong = createGongClient({ baseUrl, auth: keyAuth });
      const error = await rejection(gong.users.get(SCENARIO.slowId, { timeoutMs: 200, maxRetries: 0 }));
      expectThat(error instanceof GongTimeoutError, `got ${describe(error)}`);
      expectThat(
        (error as GongTimeoutError).timeoutMs === 200,
        `timeoutMs ${(error as GongTimeoutError).timeoutMs}`,
      );
      return "timed out at 200 ms";
    },
  ],
  [
    "default limiter spaces four calls (3 req/s)",
    async (baseUrl) => {
      const gong = createGongClient({ baseUrl, auth: keyAuth });
      const started = Date.now();
      await Promise.all([1, 2, 3, 4].map(() => gong.users.get(SCENARIO.userId)));
      const took = Date.now() - started;
      // Slots at 0, 333, 667 and 1000 ms: the fourth call cannot start before 1 s.
      expectThat(took >= 950, `four calls took ${took} ms: not spaced`);
      return `four calls in ${took} ms`;
    },
  ],
  [
    "pagination: three pages with for await",
    async (baseUrl) => {
      const gong = createGongClient({ baseUrl, auth: keyAuth });
      const ids: unknown[] = [];
      for await (const user of gong.users.list()) ids.push(user.id);
      const expected = SCENARIO.pages.flat();
      expectThat(JSON.stringify(ids) === JSON.stringify(expected), `got ids ${JSON.stringify(ids)}`);
      return `${ids.length} users over ${SCENARIO.pages.length} pages`;
    },
  ],
];

/**
 * Where a Blob upload streams and reports progress: Node and Bun. Deno streams request bodies but drops
 * a stream's Content-Length, so a Blob goes as a Blob there (as in browsers and workerd).
 */
const streams =
  typeof (globalThis as { process?: { versions?: { node?: unknown } } }).process?.versions?.node ===
    "string" && typeof (globalThis as { Deno?: unknown }).Deno !== "object";

/** 300,000 bytes of a known pattern, and the server's checksum of them. */
const media = Uint8Array.from({ length: 300_000 }, (_, i) => (i * 7) % 251);
const mediaChecksum = media.reduce((sum, byte, i) => (sum + byte * (i + 1)) % 1_000_003, 0);

interface MediaReceipt {
  received?: number;
  checksum?: number;
  framing?: string;
}

checks.push(
  [
    "calls.addMedia: a Blob arrives whole, with its length",
    async (baseUrl) => {
      const gong = createGongClient({ baseUrl, auth: keyAuth });
      const progress: number[] = [];
      const receipt = (await gong.calls.addMedia(
        "7782342274025937895",
        new Blob([media], { type: "audio/mpeg" }),
        {
          onUploadProgress: ({ sent }) => progress.push(sent),
        },
      )) as MediaReceipt;
      expectThat(
        receipt.received === media.length && receipt.checksum === mediaChecksum,
        `the server got ${receipt.received} bytes, checksum ${receipt.checksum}`,
      );
      expectThat(receipt.framing === "content-length", `framed ${receipt.framing}`);
      expectThat(
        streams ? progress.at(-1) === media.length : progress.length === 0,
        `progress ${JSON.stringify(progress.slice(-3))} (${streams ? "streamed" : "sent as a Blob"})`,
      );
      return `${receipt.received} bytes, ${receipt.framing}, ${streams ? `streamed: ${progress.length} progress events` : "sent as one Blob"}`;
    },
  ],
  [
    "calls.addMedia: a stream with its size arrives whole",
    async (baseUrl) => {
      const gong = createGongClient({ baseUrl, auth: keyAuth });
      let offset = 0;
      const stream = new ReadableStream<Uint8Array>({
        pull(controller) {
          if (offset >= media.length) return controller.close();
          controller.enqueue(media.slice(offset, offset + 64 * 1024));
          offset += 64 * 1024;
        },
      });
      const receipt = (await gong.calls.addMedia("7782342274025937895", {
        stream,
        size: media.length,
        filename: "rec.mp3",
        contentType: "audio/mpeg",
      })) as MediaReceipt;
      expectThat(
        receipt.received === media.length && receipt.checksum === mediaChecksum,
        `the server got ${receipt.received} bytes, checksum ${receipt.checksum}`,
      );
      return `${receipt.received} bytes, ${receipt.framing}`;
    },
  ],
);

/**
 * A Gong rule's side of a signed webhook, by hand with Web Crypto (no JWT library in the scenario): an
 * RS256 key pair, the public key as Gong shows it (bare base64 of the DER SPKI), and a JWT over
 * `{ webhook_url, body_sha256, exp }`. Made once, for the two webhook checks.
 */
const encoder = new TextEncoder();
const webhookUrl = "https://hooks.example.com/gong/calls";
const webhookBody = JSON.stringify({
  callData: { metaData: { id: "5599332235511222779", title: "Ron/Speedman" } },
  isTest: true,
});
const base64 = (bytes: Uint8Array) => btoa(Array.from(bytes, (byte) => String.fromCharCode(byte)).join(""));
const base64url = (bytes: Uint8Array) =>
  base64(bytes).replace(/\+/g, "-").replace(/\//g, "_").replace(/=+$/, "");
let signedWebhook: Promise<{ authorization: string; publicKey: string }> | undefined;
function signWebhook() {
  signedWebhook ??= (async () => {
    const { privateKey, publicKey } = await crypto.subtle.generateKey(
      {
        name: "RSASSA-PKCS1-v1_5",
        modulusLength: 2048,
        publicExponent: new Uint8Array([1, 0, 1]),
        hash: "SHA-256",
      },
      true,
      ["sign", "verify"],
    );
    const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", encoder.encode(webhookBody)));
    const claims = {
      webhook_url: webhookUrl,
      body_sha256: Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join(""),
      exp: Math.floor(Date.now() / 1000) + 300,
    };
    const input = `${base64url(encoder.encode(JSON.stringify({ alg: "RS256", typ: "JWT" })))}.${base64url(encoder.encode(JSON.stringify(claims)))}`;
    const signature = await crypto.subtle.sign("RSASSA-PKCS1-v1_5", privateKey, encoder.encode(input));
    const spki = await crypto.subtle.exportKey("spki", publicKey);
    return {
      authorization: `${input}.${base64url(new Uint8Array(signature))}`,
      publicKey: base64(new Uint8Array(spki)),
    };
  })();
  return signedWebhook;
}

checks.push(
  [
    "verifyGongWebhook: a webhook signed RS256 with Web Crypto verifies",
    async () => {
      const { authorization, publicKey } = await signWebhook();
      const event = await verifyGongWebhook({ body: webhookBody, authorization, publicKey, url: webhookUrl });
      expectThat(
        event.isTest && event.callData.metaData?.id === "5599332235511222779",
        `got ${JSON.stringify(event)}`,
      );
      return `call ${event.callData.metaData?.id}, isTest ${event.isTest}`;
    },
  ],
  [
    "verifyGongWebhook: a tampered body is refused with reason body",
    async () => {
      const { authorization, publicKey } = await signWebhook();
      const body = encoder.encode(webhookBody.replace("Ron", "Bob"));
      const error = await rejection(verifyGongWebhook({ body, authorization, publicKey, url: webhookUrl }));
      expectThat(error instanceof GongWebhookError, `got ${describe(error)}`);
      expectThat(
        (error as GongWebhookError).reason === "body",
        `reason ${(error as GongWebhookError).reason}`,
      );
      return "refused: body";
    },
  ],
);

/** Runs every check in order (the limiter and the 429 state are per client and per id). */
export async function runScenario(baseUrl: string): Promise<CheckResult[]> {
  const results: CheckResult[] = [];
  for (const [check, run] of checks) {
    try {
      results.push({ check, ok: true, detail: await run(baseUrl) });
    } catch (error) {
      results.push({ check, ok: false, detail: describe(error) });
    }
  }
  return results;
}
