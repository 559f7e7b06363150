// The Gong simulator's randomness: seeded, so the same seed generates the same data.

/** mulberry32 seeded by a hash of (seed, stream, index): one independent sequence per generated thing. */
export function randomFor(seed: number, stream: number, index: number): () => number {
  let state = Math.imul(seed ^ 0x9e3779b9, 0x85ebca6b) ^ Math.imul(stream + 1, 0xc2b2ae35) ^ (index + 1);
  state = Math.imul(state ^ (state >>> 16), 0x45d9f3b);
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** One of `items`. */
export const pick = <T>(random: () => number, items: readonly T[]): T =>
  items[Math.floor(random() * items.length)]!;
/** An integer in [low, high]. */
export const between = (random: () => number, low: number, high: number) =>
  low + Math.floor(random() * (high - low + 1));
