// A Redis connection: the caller's own ioredis client, or one made from a URL (and closed by close()).

import { GongInvalidArgumentError } from "@gongkit/client";
import { Redis } from "ioredis";

/** Either an ioredis client you already have (it stays yours: close() leaves it open) or a redis:// URL. */
export type RedisConnection = { client: Redis; url?: never } | { url: string; client?: never };

export interface OpenConnection {
  redis: Redis;
  /** Closes the connection if it was opened here. */
  close(): Promise<void>;
}

export function openConnection(options: RedisConnection, what: string): OpenConnection {
  const { client, url } = (options ?? {}) as { client?: unknown; url?: unknown };
  if (client !== undefined) {
    if (typeof (client as Redis).evalsha !== "function") {
      throw new GongInvalidArgumentError(`${what}: client must be an ioredis client (new Redis(...))`);
    }
    return { redis: client as Redis, close: async () => {} };
  }
  if (typeof url !== "string" || !/^rediss?:\/\//.test(url)) {
    throw new GongInvalidArgumentError(
      `${what}: pass { url: "redis://host:port" } or { client } (an ioredis client)`,
    );
  }
  // A command waits for the connection (the first one, or a reconnection) but fails after one try while
  // Redis is away: the callers retry on their own terms, within each call's timeout.
  const redis = new Redis(url, {
    maxRetriesPerRequest: 1,
    connectTimeout: 2_000,
    retryStrategy: (times) => Math.min(50 * 2 ** times, 1_000),
  });
  // Connection errors surface through the commands; an unhandled 'error' event would end the process.
  redis.on("error", () => {});
  return {
    redis,
    close: async () => {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

export function checkKey(key: unknown, what: string): string {
  if (typeof key === "string" && key !== "" && !/[{}\s]/.test(key)) return key;
  throw new GongInvalidArgumentError(
    `${what}: key must be a non-empty string without braces or spaces, like "gong:acme"`,
  );
}
