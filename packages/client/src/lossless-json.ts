// 64-bit integers (Gong's scorecard, workspace and integration ids run to 19-20 digits) lose digits in
// JSON.parse past 2^53. JSON.parse's source-text access would keep them, but Node 20 lacks it; a
// pass over the text that quotes the named properties' integers works in every runtime.

/** Tokens that matter: strings (skipped whole, escapes included), numbers, and structure. */
const TOKEN = /"(?:[^"\\]|\\.)*"|-?\d[-+.\deE]*|[{}[\]:]/g;
const INTEGER = /^-?\d+$/;

/**
 * JSON.parse, except that the integer values of the properties named in `int64` (directly, or as the
 * items of an array) come back as strings with every digit: `{"scorecardId":9007199254740993}` gives
 * `{ scorecardId: "9007199254740993" }`. Other numbers are left to JSON.parse.
 */
export function parseJsonLossless(text: string, int64: readonly string[] | undefined): unknown {
  if (int64 === undefined || int64.length === 0) return JSON.parse(text);
  return JSON.parse(quoteIntegers(text, new Set(int64.map((name) => JSON.stringify(name)))));
}

function quoteIntegers(text: string, keys: Set<string>): string {
  // One frame per open object or array: the (JSON-quoted) property name its numbers belong to.
  const frames: { key: string | undefined }[] = [];
  let lastString = "";
  return text.replace(TOKEN, (token) => {
    const top = frames[frames.length - 1];
    switch (token[0]) {
      case '"':
        lastString = token;
        return token;
      case ":":
        if (top) top.key = lastString;
        return token;
      case "{":
        frames.push({ key: undefined });
        return token;
      case "[":
        // An array's numbers belong to the property that holds it.
        frames.push({ key: top?.key });
        return token;
      case "}":
      case "]":
        frames.pop();
        return token;
      default:
        return top?.key !== undefined && keys.has(top.key) && INTEGER.test(token) ? `"${token}"` : token;
    }
  });
}
