// Gong's cursor paging, as the simulator answers it. A cursor is opaque, held server-side, and bound to
// one listing (endpoint and filter); it remembers the last item served (Gong's cursors carry a call id),
// so the next page starts after it in the data as it is then. A cursor expires `ttlMs` of simulated time
// after the first page of its listing was served.
import type { SimulatedClock } from "./simulator-clock.ts";
import { randomFor } from "./simulator-random.ts";

/** Where an item sorts: by time (calls: started; users: 0), then by id. */
export interface Position {
  at: number;
  id: string;
}

export interface Records {
  totalRecords: number;
  currentPageSize: number;
  currentPageNumber: number;
  cursor?: string;
}

export interface PageRequest {
  /** The endpoint, e.g. "POST /v2/calls/extensive": a cursor works only there. */
  listing: string;
  /** The filter, canonical: a cursor works only with the filter it was issued for. */
  filterKey: string;
  cursor: string | undefined;
}

export type PageResult<T> =
  | { kind: "page"; records: Records; items: T[] }
  | { kind: "empty" }
  | { kind: "error"; message: "Invalid cursor" | "cursor has expired" };

interface CursorState {
  listing: string;
  filterKey: string;
  firstServedAt: number;
  page: number;
  after: Position;
}

/** Ids compare as numbers: by length, then digit by digit. */
export function compareIds(a: string, b: string): number {
  return a.length - b.length || (a < b ? -1 : a > b ? 1 : 0);
}

export function comparePositions(a: Position, b: Position): number {
  return a.at - b.at || compareIds(a.id, b.id);
}

/**
 * A cursor's text: base64 of three bytes that encode as "+/+/", then random bytes and a serial, 19 bytes in
 * all so it ends in "==". A client that does not encode it (a "+" read back as a space) loses it.
 */
export function cursorText(seed: number, serial: number): string {
  const random = randomFor(seed, 4, serial);
  const bytes = Buffer.alloc(19);
  bytes.set([0xfb, 0xff, 0xbf]);
  for (let i = 3; i < 15; i++) bytes[i] = Math.floor(random() * 256);
  bytes.writeUInt32BE(serial, 15);
  return bytes.toString("base64");
}

export interface CursorStore {
  /** Page `pageSize` items of `items` (sorted by position) after the request's cursor, if any. */
  page<T>(request: PageRequest, items: readonly T[], positionOf: (item: T) => Position): PageResult<T>;
}

export function createCursorStore(options: {
  seed: number;
  clock: SimulatedClock;
  ttlMs: number;
  pageSize: number;
}): CursorStore {
  const cursors = new Map<string, CursorState>();
  let serial = 0;

  const resume = (request: PageRequest) => {
    if (request.cursor === undefined) {
      return { firstServedAt: options.clock.now(), page: 0, after: undefined };
    }
    const state = cursors.get(request.cursor);
    if (state === undefined || state.listing !== request.listing || state.filterKey !== request.filterKey) {
      return "Invalid cursor" as const;
    }
    if (options.clock.now() - state.firstServedAt > options.ttlMs) return "cursor has expired" as const;
    return state;
  };

  return {
    page(request, items, positionOf) {
      const from = resume(request);
      if (typeof from === "string") return { kind: "error", message: from };
      const after = from.after;
      const start =
        after === undefined ? 0 : items.findIndex((item) => comparePositions(positionOf(item), after) > 0);
      const pageItems = start < 0 ? [] : items.slice(start, start + options.pageSize);
      const last = pageItems.at(-1);
      if (last === undefined) return { kind: "empty" };
      const more = start + pageItems.length < items.length;
      const records: Records = {
        totalRecords: items.length,
        currentPageSize: pageItems.length,
        currentPageNumber: from.page,
      };
      if (more) {
        const cursor = cursorText(options.seed, ++serial);
        cursors.set(cursor, {
          listing: request.listing,
          filterKey: request.filterKey,
          firstServedAt: from.firstServedAt,
          page: from.page + 1,
          after: positionOf(last),
        });
        records.cursor = cursor;
      }
      return { kind: "page", records, items: pageItems };
    },
  };
}
