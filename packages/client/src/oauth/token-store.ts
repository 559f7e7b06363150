import type { GongTokens } from "./tokens.js";

/**
 * Where an OAuth session keeps a customer's tokens, and how it refreshes them one at a time. In memory by
 * default; `@gongkit/redis`'s `redisTokenStore` shares one session among many workers. Gong's refresh
 * tokens are single-use, so two refreshes at once would leave one of them with a dead token: every
 * refresh runs inside `withLock`, which reads the stored tokens first and refreshes only if no one
 * else already has.
 */
export interface GongTokenStore {
  /** The stored tokens; undefined when there are none yet. */
  get(): Promise<GongTokens | undefined>;
  /** Saves new tokens; resolves once they are saved (they are used only after that). */
  set(tokens: GongTokens): Promise<void>;
  /** Runs `task` holding the store's lock: no other `withLock` task of the same store runs meanwhile. */
  withLock<T>(task: () => Promise<T>): Promise<T>;
}

/**
 * Tokens held in this process, starting with `initial`. `onSave` (the session's `onTokens`) is awaited
 * before new tokens replace the old: a failure leaves the old ones stored.
 */
export function memoryTokenStore(
  initial?: GongTokens,
  onSave?: (tokens: GongTokens) => void | Promise<void>,
): GongTokenStore {
  let tokens = initial;
  let queue: Promise<unknown> = Promise.resolve();
  return {
    get: async () => tokens,
    async set(next) {
      await onSave?.(next);
      tokens = next;
    },
    withLock(task) {
      const run = queue.then(task, task);
      queue = run.catch(() => {});
      return run;
    },
  };
}
