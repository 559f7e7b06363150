import { GongError } from "../errors.js";

/**
 * Why a webhook was refused:
 * - `missing`: no `Authorization` header (or an empty one).
 * - `malformed`: the header is not a JWT, or the JWT lacks a claim Gong always sends (`exp`, `webhook_url`,
 *   `body_sha256` as 64 hex digits) or has one of the wrong type.
 * - `algorithm`: the JWT is not RS256 (`none`, HS256 made with the public key as the secret, RS512, …).
 * - `signature`: the signature does not verify with the rule's public key.
 * - `expired`: `exp` is further in the past than `clockToleranceSec`.
 * - `body`: the SHA-256 of the body differs from `body_sha256` (or the signed body is not a JSON object).
 * - `url`: `webhook_url` is not the `url` the receiver was given.
 * - `key`: `publicKey` is not an RSA public key fit for RS256 (a receiver's configuration error).
 */
export type GongWebhookErrorReason =
  | "missing"
  | "malformed"
  | "algorithm"
  | "signature"
  | "expired"
  | "body"
  | "url"
  | "key";

/**
 * A webhook did not verify: `reason` says which check refused it. The message never quotes the token or
 * the body, and neither does inspect or JSON.
 */
export class GongWebhookError extends GongError {
  /** Which check refused the webhook. */
  readonly reason: GongWebhookErrorReason;

  constructor(reason: GongWebhookErrorReason, message: string) {
    super(message);
    this.reason = reason;
  }

  override toJSON(): Record<string, unknown> {
    return { ...super.toJSON(), reason: this.reason };
  }
}
// As errors.ts does for its classes: a minifier renames the class, so the name cannot come from it.
GongWebhookError.prototype.name = "GongWebhookError";
