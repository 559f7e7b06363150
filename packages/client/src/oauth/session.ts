// An OAuth session: the bearer token of a customer's tokens, refreshed ahead of its expiry and after a 401,
// one refresh at a time (in this process, and across every process sharing the token store), the new
// tokens saved before they are used.
import { GongInvalidArgumentError, GongTokenError } from "../errors.js";
import { type GongTokenStore, memoryTokenStore } from "./token-store.js";
import type { GongTokens } from "./tokens.js";

export interface GongOAuthSessionOptions {
  /**
   * Saves new tokens (awaited before they are used: a process that dies right after a refresh still has
   * the rotated refresh token saved). When it throws, the call fails saying so, and the new tokens are
   * kept in this process and offered to it again before the next call.
   */
  onTokens?: ((tokens: GongTokens) => void | Promise<void>) | undefined;
  /** Where the tokens live, instead of `onTokens` (default: in this process). */
  store?: GongTokenStore | undefined;
  /** Refresh this long before `expiresAt`, in ms. Default 300,000 (5 minutes). */
  refreshMarginMs?: number | undefined;
}

/** Pass as `createGongClient({ auth: session })`: the client calls `apiBaseUrl` unless given a `baseUrl`. */
export interface GongOAuthSession {
  readonly bearerToken: () => Promise<string>;
  readonly onUnauthorized: (refusedToken: string) => Promise<boolean>;
  readonly apiBaseUrl: string;
  /** The tokens in use, refreshed first if they expire within the margin. */
  tokens(): Promise<GongTokens>;
}

const SAVE_FAILED =
  "Gong issued new tokens, but saving them failed (see the error's cause): they are kept in this process and saving them is tried again before the next call; if the process ends first, the customer must authorize the app again";

export function createSession(
  refresh: (refreshToken: string) => Promise<GongTokens>,
  initial: GongTokens,
  options: GongOAuthSessionOptions = {},
): GongOAuthSession {
  checkTokens(initial);
  const { onTokens, store: given, refreshMarginMs = 300_000 } = options;
  if (given !== undefined && onTokens !== undefined) {
    throw new GongInvalidArgumentError(
      "pass either onTokens or store, not both: a store saves the tokens itself",
    );
  }
  if (!(typeof refreshMarginMs === "number" && refreshMarginMs >= 0)) {
    throw new GongInvalidArgumentError("refreshMarginMs must be a number of milliseconds, 0 or more");
  }
  const store = given ?? memoryTokenStore(initial, onTokens);
  const expiring = (tokens: GongTokens) => tokens.expiresAt - refreshMarginMs <= Date.now();
  let current: GongTokens | undefined = given === undefined ? initial : undefined;
  let unsaved: GongTokens | undefined;
  let renewing: Promise<GongTokens> | undefined;

  /** The stored tokens (a shared store may hold newer ones than `initial`); an empty store gets `initial`. */
  const load = async (): Promise<GongTokens> => {
    if (current) return current;
    const stored = await store.get();
    if (stored) {
      current = stored;
      return stored;
    }
    await store.withLock(async () => {
      if ((await store.get()) === undefined) await store.set(initial);
    });
    current = (await store.get()) ?? initial;
    return current;
  };

  const save = async (fresh: GongTokens): Promise<GongTokens> => {
    try {
      await store.set(fresh);
    } catch (error) {
      unsaved = fresh;
      throw new GongTokenError(SAVE_FAILED, { cause: error });
    }
    unsaved = undefined;
    current = fresh;
    return fresh;
  };

  /** Renews `refused` (an access token that expires or that Gong refused), unless someone already has. */
  const renew = (refused: string): Promise<GongTokens> => {
    if (renewing) return renewing;
    const run = (async () => {
      if (unsaved) return save(unsaved);
      return store.withLock(async () => {
        const latest = (await store.get()) ?? current ?? initial;
        if (latest.accessToken !== refused && !expiring(latest)) {
          current = latest;
          return latest;
        }
        return save(await refresh(latest.refreshToken));
      });
    })();
    renewing = run;
    const done = () => {
      if (renewing === run) renewing = undefined;
    };
    run.then(done, done);
    return run;
  };

  const tokens = async (): Promise<GongTokens> => {
    const held = unsaved ? await renew("") : await load();
    return expiring(held) ? renew(held.accessToken) : held;
  };

  return {
    bearerToken: async () => (await tokens()).accessToken,
    onUnauthorized: async (refusedToken) => {
      await renew(refusedToken);
      return true;
    },
    apiBaseUrl: initial.apiBaseUrl,
    tokens,
  };
}

function checkTokens(tokens: GongTokens): void {
  const { accessToken, refreshToken, expiresAt, apiBaseUrl } = (tokens ?? {}) as Partial<GongTokens>;
  const ok =
    typeof accessToken === "string" &&
    accessToken !== "" &&
    typeof refreshToken === "string" &&
    refreshToken !== "" &&
    typeof expiresAt === "number" &&
    typeof apiBaseUrl === "string" &&
    URL.canParse(apiBaseUrl);
  if (!ok) {
    throw new GongInvalidArgumentError(
      "tokens must be { accessToken, refreshToken, expiresAt, scopes, apiBaseUrl } as exchangeCode and refresh return them",
    );
  }
}
