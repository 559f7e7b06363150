// A receiver for the webhooks of a Gong automation rule whose authentication is "Signed JWT header": it
// reads the raw body (the JWT signs its SHA-256, so it is hashed before anything parses it), verifies it
// with verifyGongWebhook, and only then uses the call.
import { createServer, type IncomingMessage, type Server, type ServerResponse } from "node:http";
import { GongWebhookError, verifyGongWebhook } from "@gongkit/client/webhooks";

export interface WebhookReceiverOptions {
  /** The rule's public key, as "Show public key" shows it (bare base64) or as PEM. */
  publicKey: string;
  /** The destination URL configured in the rule: the public URL Gong posts to. */
  url: string;
  /** Where a line per webhook goes; console.log by default. */
  log?: (line: string) => void;
  /** A larger body is refused (413) before it is read whole; 20 MB by default. */
  maxBodyBytes?: number;
}

/** What to answer for each reason: a bad key is this server's fault, every other reason the request's. */
export function statusFor(error: GongWebhookError): number {
  return error.reason === "key" ? 500 : 401;
}

export function createWebhookReceiver({
  publicKey,
  url,
  log = console.log,
  maxBodyBytes = 20_000_000,
}: WebhookReceiverOptions): Server {
  const receive = async (req: IncomingMessage, res: ServerResponse): Promise<void> => {
    if (req.method !== "POST") return answer(res, 405, { error: "POST only" }, { allow: "POST" });
    const body = await readBody(req, maxBodyBytes);
    if (body === undefined) return answer(res, 413, { error: "body too large" }, { connection: "close" });
    try {
      const event = await verifyGongWebhook({
        body,
        authorization: req.headers.authorization,
        publicKey,
        url,
      });
      const { id, title } = event.callData.metaData ?? {};
      log(
        `call ${id}: ${JSON.stringify(title ?? "")}${event.isTest ? " (a test from the rule's page)" : ""}`,
      );
      // Answer at once; do slow work (fetching the transcript, say) after answering, or in a queue.
      answer(res, 200, { received: id ?? null });
    } catch (error) {
      if (!(error instanceof GongWebhookError)) throw error;
      log(`refused (${error.reason}): ${error.message}`);
      answer(res, statusFor(error), { error: error.reason });
    }
  };
  return createServer((req, res) => {
    // A misconfigured receiver (GongInvalidArgumentError: a url that is not absolute), a dropped connection.
    receive(req, res).catch((error: unknown) => {
      log(`failed: ${error instanceof Error ? `${error.name}: ${error.message}` : "unknown error"}`);
      if (res.headersSent) res.destroy();
      else answer(res, 500, { error: "internal" });
    });
  });
}

/** The request's bytes as received; undefined past `max` bytes (the rest is not read). */
async function readBody(req: IncomingMessage, max: number): Promise<Uint8Array | undefined> {
  if (Number(req.headers["content-length"] ?? 0) > max) return undefined;
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > max) return undefined;
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

function answer(
  res: ServerResponse,
  status: number,
  json: unknown,
  headers: Record<string, string> = {},
): void {
  res.writeHead(status, { "content-type": "application/json", ...headers });
  res.end(JSON.stringify(json));
}
