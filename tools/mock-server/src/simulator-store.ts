// The Gong simulator's calls: kept sorted by started then id (the listings' order), each with the
// simulated time it becomes visible.
import { toEpochMs } from "./simulator-clock.ts";
import type { SimulatedCall } from "./simulator-data.ts";
import { comparePositions } from "./simulator-paging.ts";
import type { CallEntry } from "./simulator-routes.ts";

interface StoredCall extends CallEntry {
  visibleFrom: number;
}

/** A call is visible from its `visibleAt`, else `visibleAfterMs` after its `started`. */
export function createCallStore(visibleAfterMs: number) {
  const entries: StoredCall[] = [];
  const byId = new Map<string, StoredCall>();
  return {
    get: (id: string) => byId.get(id)?.call,
    /** Adds or replaces the call of `call.id`. */
    put(call: SimulatedCall): SimulatedCall {
      const startedMs = toEpochMs(call.started);
      if (startedMs === undefined) throw new Error(`call ${call.id}: started is not a time: ${call.started}`);
      const visibleAt = call.visibleAt === undefined ? undefined : toEpochMs(call.visibleAt);
      const previous = byId.get(call.id);
      if (previous !== undefined) entries.splice(entries.indexOf(previous), 1);
      const entry = {
        call,
        position: { at: startedMs, id: call.id },
        visibleFrom: visibleAt ?? startedMs + visibleAfterMs,
      };
      let low = 0;
      let high = entries.length;
      while (low < high) {
        const middle = (low + high) >>> 1;
        if (comparePositions(entries[middle]!.position, entry.position) < 0) low = middle + 1;
        else high = middle;
      }
      entries.splice(low, 0, entry);
      byId.set(call.id, entry);
      return call;
    },
    all: () => entries.map((entry) => entry.call),
    visible: (now: number) => entries.filter((entry) => entry.visibleFrom <= now),
  };
}
