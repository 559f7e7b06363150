// Runs the Lua scripts by their SHA-1 (one round trip), loading one with EVAL when Redis does not know it
// (a new server, or one restarted without its script cache). The caller's client is not changed
// (no defineCommand), and a command that does not come back in time is given up on.
import { createHash } from "node:crypto";
import type { Redis } from "ioredis";

export type ScriptRunner = (script: string, keys: string[], args: (string | number)[]) => Promise<unknown>;

/** Raised when Redis did not answer within `timeoutMs` (down, restarting, or a command stuck in a queue). */
export class RedisTimeoutError extends Error {}

export function scriptRunner(redis: Redis, timeoutMs: number): ScriptRunner {
  const shas = new Map<string, string>();
  const sha = (script: string) => {
    let known = shas.get(script);
    if (known === undefined) {
      known = createHash("sha1").update(script).digest("hex");
      shas.set(script, known);
    }
    return known;
  };
  const send = async (script: string, keys: string[], args: (string | number)[]) => {
    try {
      return await redis.evalsha(sha(script), keys.length, ...keys, ...args);
    } catch (error) {
      if (!String((error as Error)?.message).startsWith("NOSCRIPT")) throw error;
      return redis.eval(script, keys.length, ...keys, ...args);
    }
  };
  return (script, keys, args) => {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const late = new Promise<never>((_resolve, reject) => {
      timer = setTimeout(
        () => reject(new RedisTimeoutError(`Redis did not answer within ${timeoutMs} ms`)),
        timeoutMs,
      );
    });
    return Promise.race([send(script, keys, args), late]).finally(() => clearTimeout(timer));
  };
}
