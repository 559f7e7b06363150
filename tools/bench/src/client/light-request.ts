// An experiment, not a recommendation: openapi-fetch accepts a `Request` class; this one only keeps
// the URL and init, and the fetch wrapper below sends them as `fetch(url, init)`. It shows what the
// Request objects openapi-fetch builds cost (the Fetch API copies a Request handed to fetch again).

export class LightRequest {
  readonly url: string;
  readonly method: string;
  readonly headers: Headers;
  readonly body: BodyInit | null;
  readonly signal: AbortSignal | null;

  constructor(url: string, init: RequestInit = {}) {
    this.url = url;
    this.method = init.method ?? "GET";
    this.headers = init.headers instanceof Headers ? init.headers : new Headers(init.headers);
    this.body = init.body ?? null;
    this.signal = init.signal ?? null;
  }
}

/** Sends a LightRequest with `fetchImpl(url, init)`, never building a real Request. */
export function fetchLight(fetchImpl: typeof fetch) {
  return (request: LightRequest) =>
    fetchImpl(request.url, {
      method: request.method,
      headers: request.headers,
      body: request.body,
      signal: request.signal,
    });
}
