// One worker process of a test: a client (sharing its limit through Redis, or holding its own), waiting for
// the parent's "go" so that every worker starts together, then making its calls and reporting each outcome.
// Runs the built packages, as a user's worker does.
import { createGongClient, type GongClientOptions } from "@gongkit/client";
import { createGongOAuth, type GongTokens } from "@gongkit/client/oauth";
import { redisRateLimit, redisTokenStore } from "@gongkit/redis";

export interface WorkerTask {
  baseUrl: string;
  /** Share the limit through this Redis key; undefined: the client's own in-process limiter (the control). */
  redis?: { url: string; key: string };
  /** users.get calls to make at once. */
  gets: number;
  /** The first user id asked for (each worker its own range, to tell their requests apart). */
  idBase?: number;
  /** Users to list with for await (0: none). */
  list?: number;
  maxRetryDelayMs?: number;
  timeoutMs?: number;
  /** An OAuth session whose tokens live in Redis under this key, instead of an access key. */
  oauth?: { tokenUrl: string; clientId: string; clientSecret: string; tokens: GongTokens; key: string };
}

export interface WorkerReport {
  ok: number;
  failures: string[];
  listed: number;
  usage?: { lastSecond: number; today: number };
}

const task = JSON.parse(process.argv[2] ?? "{}") as WorkerTask;
const limiter = task.redis ? redisRateLimit({ url: task.redis.url, key: task.redis.key }) : undefined;
const store =
  task.oauth && task.redis ? redisTokenStore({ url: task.redis.url, key: task.oauth.key }) : undefined;
const auth: GongClientOptions["auth"] =
  task.oauth && store
    ? createGongOAuth({
        clientId: task.oauth.clientId,
        clientSecret: task.oauth.clientSecret,
        redirectUri: "http://127.0.0.1/callback",
        tokenUrl: task.oauth.tokenUrl,
      }).session(task.oauth.tokens, { store })
    : { accessKey: "worker", accessKeySecret: "worker-secret" };
const gong = createGongClient({
  auth,
  ...(task.oauth ? {} : { baseUrl: task.baseUrl }),
  ...(limiter ? { rateLimit: limiter } : {}),
  ...(task.maxRetryDelayMs === undefined ? {} : { maxRetryDelayMs: task.maxRetryDelayMs }),
  ...(task.timeoutMs === undefined ? {} : { timeoutMs: task.timeoutMs }),
});

process.send?.("ready");
await new Promise<void>((resolve) => process.once("message", () => resolve()));

const report: WorkerReport = { ok: 0, failures: [], listed: 0 };
const describe = (error: unknown) => `${(error as Error)?.name}: ${(error as Error)?.message}`;
const gets = Array.from({ length: task.gets }, (_, i) =>
  gong.users.get(String((task.idBase ?? 1) + i)).then(
    () => {
      report.ok++;
    },
    (error: unknown) => {
      report.failures.push(describe(error));
    },
  ),
);
const listing = (async () => {
  if (!task.list) return;
  try {
    for await (const _ of gong.users.list()) {
      report.listed++;
      if (report.listed >= task.list) break;
    }
  } catch (error) {
    report.failures.push(`list: ${describe(error)}`);
  }
})();
await Promise.all([...gets, listing]);
const usage = await limiter?.usage().catch(() => undefined);
if (usage) report.usage = usage;
await limiter?.close();
await store?.close();
process.send?.(report);
