// A browser reports a refused CORS request exactly as a network failure: a bare TypeError, no reason
// given to the script. One `no-cors` request tells the two apart: it needs no permission from the server,
// so when it gets an answer, the network is fine and the refusal was CORS, which no retry will fix.
import { GongConnectionError } from "./errors.js";
import { isBrowser } from "./headers.js";

/** A browser refused Gong's (or a proxy's) answer under CORS. Never retried. */
export class GongCorsError extends GongConnectionError {}
GongCorsError.prototype.name = "GongCorsError";

/** Throws GongCorsError when `error` is a browser's TypeError for a cross-origin `input` whose server answers. */
export async function throwIfCorsRefused(
  error: unknown,
  input: Request | string,
  fetchImpl: typeof fetch,
): Promise<void> {
  const { origin, pathname } = new URL(typeof input === "string" ? input : input.url);
  if (!(error instanceof TypeError && isBrowser()) || origin === globalThis.location?.origin) return;
  // The probe sends no header and no credential; it may take 5 s at most, after the attempt failed.
  const probe = { method: "HEAD", mode: "no-cors", signal: AbortSignal.timeout(5_000) } as const;
  if (await fetchImpl(origin + pathname, probe).then(Boolean, () => false)) {
    throw new GongCorsError(`CORS: ${origin} must allow this origin and the Authorization header`, {
      cause: error,
    });
  }
}
