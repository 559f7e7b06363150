import { type CryptoKey, importSPKI } from "jose";
import { GongInvalidArgumentError } from "../errors.js";
import { GongWebhookError } from "./webhook-error.js";

const PEM = /^-----BEGIN ([A-Z ]+)-----([\s\S]*?)-----END \1-----$/;
const BASE64 = /^[A-Za-z0-9+/]+={0,2}$/;
/** RS256's floor (RFC 7518 3.3), which jose enforces too. */
const MIN_MODULUS_BITS = 2048;

const KEY_HELP =
  'publicKey must be the rule\'s RSA public key: the base64 Gong shows under "Show public key", a PEM "PUBLIC KEY", or an RSASSA-PKCS1-v1_5 SHA-256 CryptoKey';

/**
 * The rule's public key as a Web Crypto key for RS256: Gong's bare base64 (a DER SubjectPublicKeyInfo),
 * the same in a PEM `PUBLIC KEY` block, or a CryptoKey (checked, and used as it is: pass one to import
 * the key once). Anything that is not an RSA public key of 2048 bits or more is `reason: "key"`.
 */
export async function importGongPublicKey(publicKey: unknown): Promise<CryptoKey> {
  if (isCryptoKey(publicKey)) return checkedKey(publicKey);
  if (typeof publicKey !== "string") {
    throw new GongInvalidArgumentError(`verifyGongWebhook: ${KEY_HELP}`);
  }
  const base64 = spkiBase64(publicKey);
  let key: CryptoKey;
  try {
    key = await importSPKI(`-----BEGIN PUBLIC KEY-----\n${base64}\n-----END PUBLIC KEY-----`, "RS256");
  } catch {
    throw new GongWebhookError("key", `${KEY_HELP}; it is not an RSA SubjectPublicKeyInfo`);
  }
  return checkedKey(key);
}

/** The base64 of the DER, from bare base64 or a PEM `PUBLIC KEY` block (whitespace anywhere is dropped). */
function spkiBase64(text: string): string {
  const pem = PEM.exec(text.trim());
  if (pem !== null && pem[1] !== "PUBLIC KEY") {
    throw new GongWebhookError(
      "key",
      `${KEY_HELP}, not a PEM "${pem[1]}"${pem[1] === "RSA PUBLIC KEY" ? " (PKCS#1: convert it to SubjectPublicKeyInfo)" : ""}`,
    );
  }
  const base64 = (pem === null ? text : pem[2]!).replace(/\s+/g, "");
  if (!BASE64.test(base64)) throw new GongWebhookError("key", `${KEY_HELP}; it is not base64`);
  return base64;
}

function checkedKey(key: CryptoKey): CryptoKey {
  const algorithm = key.algorithm as Partial<RsaHashedKeyAlgorithm>;
  const fit =
    key.type === "public" &&
    algorithm.name === "RSASSA-PKCS1-v1_5" &&
    algorithm.hash?.name === "SHA-256" &&
    key.usages.includes("verify");
  if (!fit) throw new GongWebhookError("key", `${KEY_HELP}; this CryptoKey is not one`);
  if ((algorithm.modulusLength ?? 0) < MIN_MODULUS_BITS) {
    throw new GongWebhookError(
      "key",
      `${KEY_HELP}; this one has ${algorithm.modulusLength} bits, and RS256 needs ${MIN_MODULUS_BITS} or more`,
    );
  }
  return key;
}

function isCryptoKey(value: unknown): value is CryptoKey {
  return (
    typeof value === "object" &&
    value !== null &&
    (value as { [Symbol.toStringTag]?: unknown })[Symbol.toStringTag] === "CryptoKey"
  );
}
