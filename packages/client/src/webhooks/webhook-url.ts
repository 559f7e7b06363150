import { GongInvalidArgumentError } from "../errors.js";

/**
 * The receiver's own URL, parsed: an absolute http(s) URL, else GongInvalidArgumentError (a URL without an
 * origin, `mailto:` say, would compare equal to any other).
 */
export function receiverUrl(url: unknown): URL {
  const parsed = typeof url === "string" || url instanceof URL ? parseUrl(String(url)) : null;
  if (parsed === null || !isHttp(parsed)) {
    throw new GongInvalidArgumentError(
      "verifyGongWebhook: url must be the absolute http(s) URL the rule posts to, as configured in Gong",
    );
  }
  return parsed;
}

/**
 * Whether the JWT's `webhook_url` names the receiver's URL. Both are normalized as WHATWG URLs (scheme
 * and host lowercased, a default port dropped, percent-encoding and `.`/`..` segments normalized) and
 * compared by origin, path and query; the fragment (never sent) and user info are ignored. A trailing
 * slash and the order of query parameters count: `/hook` is not `/hook/`.
 */
export function sameWebhookUrl(claim: string, receiver: URL): boolean {
  const claimed = parseUrl(claim);
  return (
    claimed !== null &&
    isHttp(claimed) &&
    claimed.origin === receiver.origin &&
    claimed.pathname === receiver.pathname &&
    claimed.search === receiver.search
  );
}

function isHttp(url: URL): boolean {
  return url.protocol === "https:" || url.protocol === "http:";
}

/** `new URL`, or null (URL.parse is missing from Node 20 and older browsers). */
function parseUrl(text: string): URL | null {
  try {
    return new URL(text);
  } catch {
    return null;
  }
}
