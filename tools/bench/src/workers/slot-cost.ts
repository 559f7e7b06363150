// What a free slot of the shared limit costs: N sequential `acquire` + `slot.answered()` on a
// redisRateLimit that never has to wait (requestsPerSecond 1000, the most it takes), against N sequential PINGs on an ioredis
// client of the same redis-server, interleaved in rounds (each round starts with the next kind) so that
// drift in the machine's load falls on all alike. The claim: a free slot costs one Redis round trip.
//
// With requestsPerSecond 1000 the limiter keeps the last 1,001 sends in Redis, so its list of sends
// grows to 1,001 entries, and answered()'s script reads that whole list (LRANGE 0 keep−1). A second limiter,
// on its own key, has the list cut back to 4 entries (what requestsPerSecond 3 keeps) before each call,
// outside the timing: the free slot as a worker at Gong's limit has it; on that one, acquire is also
// timed alone, without answered(), to tell the round trip from what answered() adds.
import type { RateLimitSlot } from "@gongkit/client";
import { redisRateLimit } from "@gongkit/redis";
import { Redis } from "ioredis";
import { median, quantile } from "../stats.ts";

export interface SlotCostOptions {
  /** Sequential calls of each kind per round. */
  calls: number;
  rounds: number;
  /** Untimed calls of each kind first (connections, the scripts' first load, JIT). */
  warmUp: number;
}

export const SLOT_COST_DEFAULTS: SlotCostOptions = { calls: 1_000, rounds: 5, warmUp: 200 };

export type SlotCostKind =
  | "acquire + answered()"
  | "acquire + answered(), list at 4"
  | "acquire alone, list at 4"
  | "PING";

export interface SlotCostResult {
  kind: SlotCostKind;
  /** Median µs per call over every timed call of this kind. */
  medianUs: number;
  /** Each round's median µs per call. */
  roundsUs: number[];
  /** This kind's round medians over PING's of the same round: their median and interquartile range. */
  perPing: { median: number; p25: number; p75: number };
}

export interface SlotCost {
  options: SlotCostOptions;
  /** One result per kind, PING last. */
  results: SlotCostResult[];
}

/** Acquire's limits: generous, so that nothing in the measure waits on them. */
const LIMITS = { maxWaitMs: 60_000, timeoutMs: 60_000 };
/** What redisRateLimit keeps of its sends at requestsPerSecond 3 (the limit, and one more). */
const KEEP_AT_3_PER_SECOND = 4;

export async function measureSlotCost(
  redisUrl: string,
  options: SlotCostOptions = SLOT_COST_DEFAULTS,
): Promise<SlotCost> {
  const growing = redisRateLimit({ url: redisUrl, key: "gong:bench:slots", requestsPerSecond: 1000 });
  const held = redisRateLimit({ url: redisUrl, key: "gong:bench:slots-held", requestsPerSecond: 1000 });
  const redis = new Redis(redisUrl);
  try {
    // answered() sends its script without waiting for Redis's reply, as the client does: it is not
    // awaited here either. Its command goes out on the limiter's connection ahead of the next acquire.
    const acquireOn = (limiter: typeof growing, answered: boolean) => async () => {
      const slot: RateLimitSlot = await limiter.acquire(undefined, LIMITS);
      if (answered) slot.answered();
    };
    // The list's key, as @gongkit/redis lays its state out (packages/redis/src/scripts.ts).
    const holdList = async () => {
      await redis.ltrim("{gong:bench:slots-held}:slots", 0, KEEP_AT_3_PER_SECOND - 1);
    };
    const kinds: { kind: SlotCostKind; call: () => Promise<void>; before?: () => Promise<void> }[] = [
      { kind: "acquire + answered()", call: acquireOn(growing, true) },
      { kind: "acquire + answered(), list at 4", call: acquireOn(held, true), before: holdList },
      { kind: "acquire alone, list at 4", call: acquireOn(held, false), before: holdList },
      {
        kind: "PING",
        call: async () => {
          await redis.ping();
        },
      },
    ];
    const timed = async (kind: (typeof kinds)[number], count: number) => {
      const samples: number[] = [];
      for (let i = 0; i < count; i++) {
        await kind.before?.();
        const started = performance.now();
        await kind.call();
        samples.push((performance.now() - started) * 1000);
      }
      return samples;
    };
    for (const kind of kinds) await timed(kind, options.warmUp);
    const samples = new Map<SlotCostKind, number[][]>(kinds.map((k) => [k.kind, []]));
    for (let round = 0; round < options.rounds; round++) {
      const start = round % kinds.length;
      for (const kind of [...kinds.slice(start), ...kinds.slice(0, start)]) {
        samples.get(kind.kind)!.push(await timed(kind, options.calls));
      }
    }
    const pingRoundsUs = samples.get("PING")!.map(median);
    return {
      options,
      results: kinds.map(({ kind }) => {
        const rounds = samples.get(kind)!;
        const roundsUs = rounds.map(median);
        const ratios = roundsUs.map((us, i) => us / pingRoundsUs[i]!);
        return {
          kind,
          medianUs: median(rounds.flat()),
          roundsUs,
          perPing: { median: median(ratios), p25: quantile(ratios, 0.25), p75: quantile(ratios, 0.75) },
        };
      }),
    };
  } finally {
    await growing.close();
    await held.close();
    await redis.quit().catch(() => redis.disconnect());
  }
}
