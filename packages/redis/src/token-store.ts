// An OAuth session's tokens in Redis, shared by every worker that acts for the same Gong customer: Gong's
// refresh tokens are single-use, so refreshes take a Redis lock and the session re-reads the stored
// tokens under it (see @gongkit/client/oauth): one worker refreshes, the others use what it stored.
import { randomUUID } from "node:crypto";
import { GongInvalidArgumentError } from "@gongkit/client";
import type { GongTokenStore, GongTokens } from "@gongkit/client/oauth";
import { checkKey, openConnection, type RedisConnection } from "./connection.js";
import { scriptRunner } from "./script-runner.js";

export type RedisTokenStoreOptions = RedisConnection & {
  /** Where this customer's tokens live: one key per customer (e.g. "gong:oauth:acme"). */
  key: string;
  /** How long a lock holder may take before another worker may refresh, in ms. Default 60,000. */
  lockTtlMs?: number | undefined;
};

export interface RedisTokenStore extends GongTokenStore {
  /** Closes the connection if it opened one. */
  close(): Promise<void>;
}

/** Deletes the lock only if it is still this holder's. */
const RELEASE = `
if redis.call('GET', KEYS[1]) == ARGV[1] then return redis.call('DEL', KEYS[1]) end
return 0
`;

export function redisTokenStore(options: RedisTokenStoreOptions): RedisTokenStore {
  const key = checkKey(options?.key, "redisTokenStore");
  const lockTtlMs = options.lockTtlMs ?? 60_000;
  if (!(Number.isInteger(lockTtlMs) && lockTtlMs >= 1_000)) {
    throw new GongInvalidArgumentError(
      "redisTokenStore: lockTtlMs must be a whole number of ms, 1,000 or more",
    );
  }
  const { redis, close } = openConnection(options, "redisTokenStore");
  const run = scriptRunner(redis, 5_000);
  const tokensKey = `{${key}}:tokens`;
  const lockKey = `{${key}}:lock`;
  return {
    async get() {
      const text = await redis.get(tokensKey);
      return text === null ? undefined : (JSON.parse(text) as GongTokens);
    },
    async set(tokens) {
      await redis.set(tokensKey, JSON.stringify(tokens));
    },
    async withLock(task) {
      const holder = randomUUID();
      const deadline = Date.now() + 2 * lockTtlMs;
      for (let wait = 10; ; wait = Math.min(wait * 2, 200)) {
        if ((await redis.set(lockKey, holder, "PX", lockTtlMs, "NX")) === "OK") break;
        if (Date.now() > deadline) {
          throw new Error(`redisTokenStore: the lock on ${key} was held for over ${2 * lockTtlMs} ms`);
        }
        await new Promise((resolve) => setTimeout(resolve, wait));
      }
      try {
        return await task();
      } finally {
        await run(RELEASE, [lockKey], [holder]).catch(() => {});
      }
    },
    close,
  };
}
