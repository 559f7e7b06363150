// A multipart/form-data body with one file part (RFC 7578), written by hand so that the file's bytes can
// stream between a preamble and an epilogue that are known up front: the body's length is then known
// whenever the file's is, and nothing but the two envelopes is ever held in memory.

const encoder = new TextEncoder();

/** The bytes around one file part, and the Content-Type header that names their boundary. */
export interface MultipartEnvelope {
  contentType: string;
  preamble: Uint8Array;
  epilogue: Uint8Array;
}

/** `----gongkit` and 24 random hex digits: a boundary no file is likely to contain. */
export function createBoundary(): string {
  const random = crypto.getRandomValues(new Uint8Array(12));
  return `----gongkit${Array.from(random, (byte) => byte.toString(16).padStart(2, "0")).join("")}`;
}

/**
 * The envelope of a body whose only part is the file `name`, as browsers write FormData: the
 * quoted names escape `"`, CR and LF as %22, %0D and %0A (the HTML standard's multipart encoding).
 */
export function multipartEnvelope(
  name: string,
  filename: string,
  contentType: string,
  boundary: string = createBoundary(),
): MultipartEnvelope {
  const head =
    `--${boundary}\r\n` +
    `Content-Disposition: form-data; name="${escapeQuoted(name)}"; filename="${escapeQuoted(filename)}"\r\n` +
    `Content-Type: ${contentType.replace(/[\r\n]/g, "")}\r\n\r\n`;
  return {
    contentType: `multipart/form-data; boundary=${boundary}`,
    preamble: encoder.encode(head),
    epilogue: encoder.encode(`\r\n--${boundary}--\r\n`),
  };
}

function escapeQuoted(value: string): string {
  return value.replace(/"/g, "%22").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
}
