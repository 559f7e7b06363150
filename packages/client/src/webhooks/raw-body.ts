import { GongInvalidArgumentError } from "../errors.js";

/** The raw body of a webhook request: the bytes received, or their text. */
export type RawWebhookBody = string | Uint8Array | ArrayBuffer;

const encoder = new TextEncoder();

/**
 * The body's bytes (a copy): a string is encoded as UTF-8, as Gong sends it. Anything else, a parsed
 * object above all, is refused: `body_sha256` is a hash of the bytes, and re-serializing parsed JSON
 * does not give them back.
 */
export function rawBodyBytes(body: unknown): Uint8Array<ArrayBuffer> {
  if (typeof body === "string") return encoder.encode(body);
  if (ArrayBuffer.isView(body)) return new Uint8Array(body.buffer, body.byteOffset, body.byteLength).slice();
  if (Object.prototype.toString.call(body) === "[object ArrayBuffer]") {
    return new Uint8Array(body as ArrayBuffer).slice();
  }
  throw new GongInvalidArgumentError(
    `verifyGongWebhook: body must be the raw request body (a string, Uint8Array or ArrayBuffer), not ${describe(body)}: body_sha256 is a hash of the bytes received, which parsed JSON does not give back`,
  );
}

function describe(value: unknown): string {
  if (value === null || value === undefined) return String(value);
  if (Array.isArray(value)) return "an array";
  return typeof value === "object" ? "a parsed object" : `a ${typeof value}`;
}
