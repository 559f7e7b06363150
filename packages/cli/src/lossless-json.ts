// JSON from the user (a --body, a records file) read without losing digits: integers too long for a JS
// number become strings (what the client's types say 64-bit ids are) or bigints (which an upload writes back
// as the same digits).

/** Strings (skipped whole, escapes included) and numbers: the tokens that matter. */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?/g;
const MARK = "\u0000gongkit-int:";
/** The mark as JSON text: a raw NUL is not allowed inside a JSON string. */
const MARK_JSON = "\\u0000gongkit-int:";

export function parseJsonLossless(text: string, longIntegers: "string" | "bigint"): unknown {
  const marked = text.replace(TOKEN, (token) =>
    token[0] !== '"' && /^-?\d{16,}$/.test(token) && !Number.isSafeInteger(Number(token))
      ? `"${MARK_JSON}${token}"`
      : token,
  );
  if (marked === text) return JSON.parse(text);
  return JSON.parse(marked, (_key, value) =>
    typeof value === "string" && value.startsWith(MARK)
      ? longIntegers === "bigint"
        ? BigInt(value.slice(MARK.length))
        : value.slice(MARK.length)
      : value,
  );
}
