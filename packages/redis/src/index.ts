export type { RedisConnection } from "./connection.js";
export {
  GongRateLimitUnavailableError,
  type RateLimitUsage,
  type RedisRateLimit,
  type RedisRateLimitOptions,
  redisRateLimit,
} from "./rate-limit.js";
export { type RedisTokenStore, type RedisTokenStoreOptions, redisTokenStore } from "./token-store.js";
