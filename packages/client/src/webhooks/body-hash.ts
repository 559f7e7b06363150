const HEX_SHA256 = /^[0-9a-f]{64}$/i;

/** Whether `claim` is a hex SHA-256 (64 hex digits, either case). */
export function isHexSha256(claim: unknown): claim is string {
  return typeof claim === "string" && HEX_SHA256.test(claim);
}

/** The SHA-256 of `bytes`, as 64 lowercase hex digits. */
export async function sha256Hex(bytes: Uint8Array<ArrayBuffer>): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest("SHA-256", bytes));
  return Array.from(digest, (byte) => byte.toString(16).padStart(2, "0")).join("");
}

/**
 * Whether two hex digests of the same length are equal, case-insensitively, looking at every digit
 * (no early exit): the time taken does not tell how many leading digits matched.
 */
export function sameHexDigest(a: string, b: string): boolean {
  const left = a.toLowerCase();
  const right = b.toLowerCase();
  if (left.length !== right.length) return false;
  let difference = 0;
  for (let i = 0; i < left.length; i++) difference |= left.charCodeAt(i) ^ right.charCodeAt(i);
  return difference === 0;
}
