// The Gong simulator's clock: simulated time that a test moves by hand (visibility, cursor expiry and the
// daily quota read it), or that runs on with real time for `pnpm mock` users and still can be moved.

export interface SimulatedClock {
  /** The simulated time, in epoch ms. */
  now(): number;
  /** Moves the simulated time `ms` forward (or back, if negative). */
  advance(ms: number): void;
  /** Sets the simulated time to `ms` (epoch ms). */
  set(ms: number): void;
}

/** A clock at `start` that stands still until moved, or with `followRealTime` runs as real time does. */
export function createClock(start: number, followRealTime: boolean): SimulatedClock {
  // Real time plus an offset: standing still means the offset absorbs real time's progress on each read.
  let offset = start - Date.now();
  let stoodAt = start;
  const now = () => (followRealTime ? Date.now() + offset : stoodAt);
  return {
    now,
    advance(ms) {
      offset += ms;
      stoodAt += ms;
    },
    set(ms) {
      offset = ms - Date.now();
      stoodAt = ms;
    },
  };
}

/** The epoch ms of the UTC midnight that starts the day after `ms`. */
export function nextUtcMidnight(ms: number): number {
  const day = new Date(ms);
  return Date.UTC(day.getUTCFullYear(), day.getUTCMonth(), day.getUTCDate() + 1);
}

/** The UTC day `ms` falls on, as YYYY-MM-DD. */
export function utcDay(ms: number): string {
  return new Date(ms).toISOString().slice(0, 10);
}

/** Parses an ISO-8601 time (any offset), epoch ms or Date; undefined when it is not one. */
export function toEpochMs(time: string | number | Date): number | undefined {
  const ms = typeof time === "number" ? time : typeof time === "string" ? Date.parse(time) : time.getTime();
  return Number.isFinite(ms) ? ms : undefined;
}

/** Gong's form of a time: ISO-8601 in UTC, without milliseconds when there are none. */
export function isoTime(ms: number): string {
  return new Date(ms).toISOString().replace(".000Z", "Z");
}
