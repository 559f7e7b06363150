// Prism validates every request against the spec and reports what it finds in the `sl-violations`
// response header (a JSON array; it also answers 400 to a request it finds invalid). This fetch
// keeps that verdict, and what was sent, for the test to assert on. The requests are real.

export interface SentRequest {
  method: string;
  url: URL;
  /** The request body as sent (undefined when there is none). */
  body: string | undefined;
  status: number;
}

export interface ViolationRecorder {
  /** Pass as the client's `fetch`. */
  fetch: typeof fetch;
  /** Prism's request violations, as `location: message` (`request.query: ... must have required property 'todatetime'`). */
  violations: string[];
  requests: SentRequest[];
}

interface Violation {
  location: string[];
  severity?: string;
  message: string;
}

export function recordViolations(): ViolationRecorder {
  const recorder: ViolationRecorder = {
    violations: [],
    requests: [],
    fetch: async (input, init) => {
      const sent = new Request(input, init);
      // Read once, then sent as bytes: a streamed upload's body cannot be read twice.
      const bytes = sent.body === null ? undefined : new Uint8Array(await sent.arrayBuffer());
      const body = bytes && new TextDecoder().decode(bytes);
      const response = await fetch(input, bytes ? { ...init, body: bytes } : init);
      recorder.requests.push({ method: sent.method, url: new URL(sent.url), body, status: response.status });
      const header = response.headers.get("sl-violations");
      for (const violation of header === null ? [] : (JSON.parse(header) as Violation[])) {
        // Only the request's: Prism also checks its own answer, which is the spec's example, not the client's doing.
        if (violation.location[0] !== "request") continue;
        recorder.violations.push(
          `${violation.location.join(".")}: ${violation.message} (${violation.severity ?? "?"}; ${sent.method} ${sent.url})`,
        );
      }
      return response;
    },
  };
  return recorder;
}
