import type { CallWebhookPayload } from "@gongkit/types";
// jose's CryptoKey is the runtime's (DOM or Node types), so the declarations need no DOM lib.
import { type CryptoKey, type JWTPayload, jwtVerify } from "jose";
import { GongInvalidArgumentError } from "../errors.js";
import { parseJsonLossless } from "../lossless-json.js";
import { isHexSha256, sameHexDigest, sha256Hex } from "./body-hash.js";
import { importGongPublicKey } from "./public-key.js";
import { type RawWebhookBody, rawBodyBytes } from "./raw-body.js";
import { GongWebhookError, type GongWebhookErrorReason } from "./webhook-error.js";
import { receiverUrl, sameWebhookUrl } from "./webhook-url.js";

/** What `verifyGongWebhook` needs from the request and from the rule. */
export interface VerifyGongWebhookOptions {
  /** The raw request body, exactly as received: not parsed JSON (`body_sha256` is a hash of the bytes). */
  body: RawWebhookBody;
  /** The request's `Authorization` header: the JWT (a leading `Bearer ` is tolerated). */
  authorization: string | null | undefined;
  /**
   * The rule's public key ("Show public key" on the rule's page): Gong's bare base64, a PEM `PUBLIC KEY`,
   * or a CryptoKey (RSASSA-PKCS1-v1_5, SHA-256, usable for `verify`).
   */
  publicKey: string | CryptoKey;
  /** The URL the rule posts to, as configured in Gong (your public URL, not the path your server saw). */
  url: string | URL;
  /** How far past `exp` a token is still accepted, for clock skew; seconds, default 60. */
  clockToleranceSec?: number;
  /** The time to check `exp` against (a Date or ms since the epoch); default now. For tests. */
  now?: Date | number;
}

/** The default `clockToleranceSec`. */
export const DEFAULT_CLOCK_TOLERANCE_SEC = 60;

/**
 * The names of the payload's properties that hold 64-bit integers (parsed as strings with every digit, as
 * the client does for responses). None today: the call data's ids are strings. A test holds this list to
 * the spec's `webhooks.call` body.
 */
export const CALL_WEBHOOK_INT64: readonly string[] = [];

/** jose's error codes, and the reason each becomes. */
const REASONS: Record<string, GongWebhookErrorReason> = {
  ERR_JWS_INVALID: "malformed",
  ERR_JWT_INVALID: "malformed",
  ERR_JWT_CLAIM_VALIDATION_FAILED: "malformed",
  ERR_JOSE_NOT_SUPPORTED: "malformed",
  ERR_JOSE_ALG_NOT_ALLOWED: "algorithm",
  ERR_JWS_SIGNATURE_VERIFICATION_FAILED: "signature",
  ERR_JWT_EXPIRED: "expired",
};

const MESSAGES: Record<GongWebhookErrorReason, string> = {
  missing:
    'The webhook has no Authorization header: a rule whose authentication is "Signed JWT header" sends its JWT there',
  malformed: "The Authorization header is not a well-formed JWT",
  algorithm: "The JWT is not signed with RS256, the only algorithm Gong uses (none and HMAC are refused)",
  signature: "The JWT's signature does not verify with the rule's public key",
  expired: "The JWT has expired",
  body: "The body's SHA-256 differs from the JWT's body_sha256: the body was changed, or is not the raw bytes received",
  url: "The JWT was issued for another URL than this receiver's (compared: origin, path and query)",
  key: "The rule's public key is not usable",
};

/**
 * Verifies a webhook fired by a Gong automation rule whose authentication is "Signed JWT header", and
 * returns its body, parsed. In order: the key is imported (`key`), the header must hold a JWT (`missing`,
 * `malformed`), signed RS256 (`algorithm`) by the rule's key (`signature`), not expired (`expired`), with
 * Gong's claims (`malformed`); the body's SHA-256 must be `body_sha256` (`body`) and `webhook_url` must be
 * `url` (`url`, see sameWebhookUrl for what is normalized). Rejects with GongWebhookError naming the
 * reason, or GongInvalidArgumentError for an argument of the wrong kind (a parsed body above all).
 */
export async function verifyGongWebhook(options: VerifyGongWebhookOptions): Promise<CallWebhookPayload> {
  const {
    body,
    authorization,
    publicKey,
    url,
    clockToleranceSec = DEFAULT_CLOCK_TOLERANCE_SEC,
    now,
  } = options;
  const bytes = rawBodyBytes(body);
  const receiver = receiverUrl(url);
  const currentDate = checkedNow(now);
  if (!(clockToleranceSec >= 0)) {
    throw new GongInvalidArgumentError(
      "verifyGongWebhook: clockToleranceSec must be a number of seconds >= 0",
    );
  }
  const key = await importGongPublicKey(publicKey);
  const claims = await verifiedClaims(tokenOf(authorization), key, clockToleranceSec, currentDate);
  if (!sameHexDigest(await sha256Hex(bytes), claims.body_sha256)) throw refusal("body");
  if (!sameWebhookUrl(claims.webhook_url, receiver)) throw refusal("url");
  return parsePayload(bytes);
}

/** The JWT in the header, without a `Bearer ` prefix; `missing` when there is none. */
function tokenOf(authorization: string | null | undefined): string {
  const token = (typeof authorization === "string" ? authorization : "").trim().replace(/^bearer\s+/i, "");
  if (token === "" || /^bearer$/i.test(token)) throw refusal("missing");
  return token;
}

/** The claims of a JWT that jose verified (RS256 only, `exp` required), with Gong's two claims checked. */
async function verifiedClaims(
  token: string,
  key: CryptoKey,
  clockTolerance: number,
  currentDate: Date | undefined,
): Promise<JWTPayload & { body_sha256: string; webhook_url: string }> {
  let payload: JWTPayload;
  try {
    ({ payload } = await jwtVerify(token, key, {
      algorithms: ["RS256"],
      requiredClaims: ["exp"],
      clockTolerance,
      ...(currentDate === undefined ? {} : { currentDate }),
    }));
  } catch (error) {
    const { code, claim } = (error ?? {}) as { code?: string; claim?: string };
    const reason = code !== undefined && Object.hasOwn(REASONS, code) ? REASONS[code] : undefined;
    // Not jose's verdict on the token (a bug, a runtime without Web Crypto): as it is, never accepted.
    if (reason === undefined) throw error;
    // jose names a registered claim (exp, nbf, iat): never a value from the token.
    if (code === "ERR_JWT_CLAIM_VALIDATION_FAILED" && claim !== undefined && /^[a-z]{2,3}$/.test(claim)) {
      throw new GongWebhookError(reason, `${MESSAGES.malformed}: its ${claim} claim is missing or invalid`);
    }
    throw refusal(reason);
  }
  const { body_sha256: bodySha256, webhook_url: webhookUrl } = payload;
  if (!isHexSha256(bodySha256)) {
    throw new GongWebhookError(
      "malformed",
      `${MESSAGES.malformed}: body_sha256 is missing or not 64 hex digits`,
    );
  }
  if (typeof webhookUrl !== "string") {
    throw new GongWebhookError("malformed", `${MESSAGES.malformed}: webhook_url is missing or not a string`);
  }
  return { ...payload, body_sha256: bodySha256, webhook_url: webhookUrl };
}

/** The verified body as JSON; 64-bit integers (CALL_WEBHOOK_INT64) as strings. */
function parsePayload(bytes: Uint8Array<ArrayBuffer>): CallWebhookPayload {
  let payload: unknown;
  try {
    payload = parseJsonLossless(new TextDecoder().decode(bytes), CALL_WEBHOOK_INT64);
  } catch {
    payload = undefined;
  }
  if (typeof payload !== "object" || payload === null || Array.isArray(payload)) {
    throw new GongWebhookError(
      "body",
      "The body is signed but is not a JSON object, which Gong always sends",
    );
  }
  return payload as CallWebhookPayload;
}

function checkedNow(now: Date | number | undefined): Date | undefined {
  if (now === undefined) return undefined;
  const date = new Date(now);
  if (Number.isNaN(date.getTime())) {
    throw new GongInvalidArgumentError(
      "verifyGongWebhook: now must be a Date or a number of ms since the epoch",
    );
  }
  return date;
}

function refusal(reason: GongWebhookErrorReason): GongWebhookError {
  return new GongWebhookError(reason, MESSAGES[reason]);
}
