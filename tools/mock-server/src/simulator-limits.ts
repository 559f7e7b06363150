// What the Gong simulator checks before it answers: Gong's rate limit (a strict sliding window in real
// time, rejected arrivals counting), the caller's credentials, and a daily quota per simulated UTC day.
import { nextUtcMidnight, type SimulatedClock, utcDay } from "./simulator-clock.ts";

export interface RateLimit {
  /** Arrivals allowed within any window. Gong: 3. */
  limit: number;
  /** Gong: 1,000 ms. */
  windowMs: number;
}

/** An HTTP basic access key and secret, or a bearer token (OAuth). */
export type SimulatorCredential = { accessKey: string; secret: string } | { bearer: string };

/** Admits an arrival at `at` (performance.now()) if fewer than `limit` arrived within the window before it. */
export function createSlidingWindow({ limit, windowMs }: RateLimit): { admit(at: number): boolean } {
  const recent: number[] = [];
  return {
    admit(at) {
      while (recent.length > 0 && recent[0]! <= at - windowMs) recent.shift();
      recent.push(at);
      return recent.length <= limit;
    },
  };
}

export interface DailyQuota {
  /** Counts a request; past the quota, the seconds until the next simulated UTC midnight. */
  take(): { ok: true } | { ok: false; retryAfterSeconds: number };
  used(): number;
  reset(): void;
}

/** Gong's daily limit: `quota` requests per UTC day of the simulated clock; a new day starts at zero. */
export function createDailyQuota(quota: number, clock: SimulatedClock): DailyQuota {
  let day = utcDay(clock.now());
  let used = 0;
  const rollOver = () => {
    const today = utcDay(clock.now());
    if (today !== day) {
      day = today;
      used = 0;
    }
  };
  return {
    take() {
      rollOver();
      if (used >= quota) {
        const now = clock.now();
        return { ok: false, retryAfterSeconds: Math.ceil((nextUtcMidnight(now) - now) / 1000) };
      }
      used++;
      return { ok: true };
    },
    used() {
      rollOver();
      return used;
    },
    reset() {
      used = 0;
    },
  };
}

/** Whether an Authorization header carries basic credentials or a bearer token: any, or one of `allowed`. */
export function isAuthorized(
  header: string | undefined,
  allowed: readonly SimulatorCredential[] | undefined,
): boolean {
  const bearer = /^Bearer (.+)$/i.exec(header ?? "")?.[1]?.trim();
  if (bearer) return allowed === undefined || allowed.some((c) => "bearer" in c && c.bearer === bearer);
  const encoded = /^Basic (.+)$/i.exec(header ?? "")?.[1];
  if (encoded === undefined) return false;
  const decoded = Buffer.from(encoded, "base64").toString("utf8");
  const colon = decoded.indexOf(":");
  const accessKey = decoded.slice(0, colon);
  const secret = decoded.slice(colon + 1);
  if (colon <= 0 || secret === "") return false;
  return (
    allowed === undefined ||
    allowed.some((c) => "accessKey" in c && c.accessKey === accessKey && c.secret === secret)
  );
}
