/**
 * What the generated methods hand openapi-fetch as its `Request` class: it keeps the URL and init
 * that openapi-fetch built, and the transport sends them as `fetch(url, init)`. A real Request costs
 * more than the rest of openapi-fetch's work together (undici validates it, links a new signal, and
 * fetch copies it again); the transport never needed one. Middleware registered with `gong.use()`
 * expects a real Request, so once there is any the client stops using this class.
 */
export class LightRequest {
  signal: AbortSignal | undefined;
  constructor(
    readonly url: string,
    readonly init: RequestInit & { headers: Headers },
  ) {}
}
