// The Gong simulator's endpoints: the calls listings (GET /v2/calls, POST /v2/calls/extensive, POST
// /v2/calls/transcript), one call, and the users (GET /v2/users, POST /v2/users/extensive, GET
// /v2/users/{id}). Each answers Gong's shape (spec/calls/paths, spec/users/paths) without the requestId,
// which the server adds.
import { toEpochMs } from "./simulator-clock.ts";
import {
  type ContentSelector,
  callMetaData,
  extensiveCall,
  type SimulatedCall,
  type SimulatedUser,
} from "./simulator-data.ts";
import type { CursorStore, PageResult, Position } from "./simulator-paging.ts";

/** A call with where it sorts (started, then id). */
export interface CallEntry {
  call: SimulatedCall;
  position: Position;
}

export interface RouteContext {
  cursors: CursorStore;
  users: readonly SimulatedUser[];
  /** The calls visible now, sorted by started then id. */
  visibleCalls(): readonly CallEntry[];
}

export interface Answer {
  status: number;
  body: Record<string, unknown>;
  headers?: Record<string, string>;
}

export interface RouteRequest {
  query: URLSearchParams;
  body: Record<string, unknown>;
  /** The {id} of the path, when the route has one. */
  id: string | undefined;
}

/** Gong accepts at most this many call ids in one transcript request. */
export const MAX_TRANSCRIPT_CALL_IDS = 100;
export const NO_CALLS = "No calls found corresponding to the provided filters";
export const NO_USERS = "No users found corresponding to the provided filters";

export const fail = (status: number, message: string): Answer => ({ status, body: { errors: [message] } });

const ROUTES: { method: string; pattern: RegExp; route: string }[] = [
  { method: "GET", pattern: /^\/v2\/calls$/, route: "GET /v2/calls" },
  { method: "POST", pattern: /^\/v2\/calls\/extensive$/, route: "POST /v2/calls/extensive" },
  { method: "POST", pattern: /^\/v2\/calls\/transcript$/, route: "POST /v2/calls/transcript" },
  { method: "GET", pattern: /^\/v2\/calls\/([^/]+)$/, route: "GET /v2/calls/{id}" },
  { method: "GET", pattern: /^\/v2\/users$/, route: "GET /v2/users" },
  { method: "POST", pattern: /^\/v2\/users\/extensive$/, route: "POST /v2/users/extensive" },
  { method: "GET", pattern: /^\/v2\/users\/([^/]+)$/, route: "GET /v2/users/{id}" },
];

/** The route template a request is for ("GET /v2/calls/{id}"), or its method and path when none. */
export function matchRoute(method: string, path: string): { route: string; known: boolean; id?: string } {
  for (const candidate of ROUTES) {
    const match = candidate.method === method ? candidate.pattern.exec(path) : null;
    if (match)
      return {
        route: candidate.route,
        known: true,
        ...(match[1] ? { id: decodeURIComponent(match[1]) } : {}),
      };
  }
  return { route: `${method} ${path}`, known: false };
}

export function answerRoute(context: RouteContext, route: string, request: RouteRequest): Answer {
  switch (route) {
    case "GET /v2/calls":
      return listCalls(context, route, Object.fromEntries(request.query), request.query.get("cursor"));
    case "POST /v2/calls/extensive":
      return listCalls(context, route, request.body.filter, request.body.cursor, request.body);
    case "POST /v2/calls/transcript":
      return listTranscripts(context, route, request.body.filter, request.body.cursor);
    case "GET /v2/calls/{id}":
      return getCall(context, request.id ?? "");
    case "GET /v2/users":
      return listUsers(context, route, {}, request.query.get("cursor"));
    case "POST /v2/users/extensive":
      return listUsers(context, route, request.body.filter, request.body.cursor);
    case "GET /v2/users/{id}":
      return getUser(context, request.id ?? "");
    default:
      return fail(404, "Not found");
  }
}

interface CallFilter {
  from?: number;
  to?: number;
  callIds?: Set<string>;
  workspaceId?: string;
  primaryUserIds?: Set<string>;
  /** The filter, canonical, to bind cursors to. */
  key: string;
}

/** Reads a filter's time field: absent is unbounded; anything but an ISO-8601 time is a 400. */
function readTime(raw: Record<string, unknown>, field: string): number | undefined | Answer {
  const value = raw[field];
  if (value === undefined || value === null || value === "") return undefined;
  const ms = typeof value === "string" ? toEpochMs(value) : undefined;
  return ms ?? fail(400, `${field} is not a valid ISO-8601 date and time: ${String(value)}`);
}

function readIds(raw: Record<string, unknown>, field: string): string[] | undefined | Answer {
  const value = raw[field];
  if (value === undefined || value === null) return undefined;
  if (!Array.isArray(value) || value.some((id) => typeof id !== "string" || !/^\d{1,20}$/.test(id))) {
    return fail(400, `${field} must be an array of numeric string ids`);
  }
  return value as string[];
}

const isAnswer = (value: unknown): value is Answer =>
  typeof value === "object" && value !== null && "status" in value;

/** Gong's CallsFilter: fromDateTime (inclusive), toDateTime (exclusive), callIds, workspaceId, primaryUserIds. */
function readCallFilter(raw: unknown): CallFilter | Answer {
  const filter = (typeof raw === "object" && raw !== null ? raw : {}) as Record<string, unknown>;
  const from = readTime(filter, "fromDateTime");
  const to = readTime(filter, "toDateTime");
  const callIds = readIds(filter, "callIds");
  const primaryUserIds = readIds(filter, "primaryUserIds");
  for (const read of [from, to, callIds, primaryUserIds]) if (isAnswer(read)) return read;
  const workspaceId = typeof filter.workspaceId === "string" ? filter.workspaceId : undefined;
  const ids = callIds as string[] | undefined;
  const owners = primaryUserIds as string[] | undefined;
  return {
    ...(from !== undefined ? { from: from as number } : {}),
    ...(to !== undefined ? { to: to as number } : {}),
    ...(ids ? { callIds: new Set(ids) } : {}),
    ...(workspaceId ? { workspaceId } : {}),
    ...(owners ? { primaryUserIds: new Set(owners) } : {}),
    key: JSON.stringify([from, to, ids?.toSorted(), workspaceId, owners?.toSorted()]),
  };
}

function matchingCalls(context: RouteContext, filter: CallFilter): readonly CallEntry[] {
  return context
    .visibleCalls()
    .filter(
      ({ call, position }) =>
        (filter.from === undefined || position.at >= filter.from) &&
        (filter.to === undefined || position.at < filter.to) &&
        (filter.callIds === undefined || filter.callIds.has(call.id)) &&
        (filter.workspaceId === undefined || call.workspaceId === filter.workspaceId) &&
        (filter.primaryUserIds === undefined || filter.primaryUserIds.has(call.primaryUserId)),
    );
}

/** A page as Gong answers it: the items under `field`, 404 `emptyMessage` when none, 400 for a bad cursor. */
function pageAnswer<T>(
  page: PageResult<T>,
  field: string,
  emptyMessage: string,
  view: (item: T) => unknown,
): Answer {
  if (page.kind === "error") return fail(400, page.message);
  if (page.kind === "empty") return fail(404, emptyMessage);
  return { status: 200, body: { records: page.records, [field]: page.items.map(view) } };
}

const cursorOf = (raw: unknown): string | undefined =>
  typeof raw === "string" && raw !== "" ? raw : undefined;

function listCalls(
  context: RouteContext,
  listing: string,
  rawFilter: unknown,
  cursor: unknown,
  body?: unknown,
): Answer {
  const filter = readCallFilter(rawFilter);
  if (isAnswer(filter)) return filter;
  const calls = matchingCalls(context, filter);
  const page = context.cursors.page(
    { listing, filterKey: filter.key, cursor: cursorOf(cursor) },
    calls,
    (e) => e.position,
  );
  if (body === undefined) return pageAnswer(page, "calls", NO_CALLS, (entry) => callMetaData(entry.call));
  const selector = (body as { contentSelector?: ContentSelector }).contentSelector;
  return pageAnswer(page, "calls", NO_CALLS, (entry) => extensiveCall(entry.call, selector));
}

function listTranscripts(
  context: RouteContext,
  listing: string,
  rawFilter: unknown,
  cursor: unknown,
): Answer {
  const filter = readCallFilter(rawFilter);
  if (isAnswer(filter)) return filter;
  if ((filter.callIds?.size ?? 0) > MAX_TRANSCRIPT_CALL_IDS) {
    return fail(400, `callIds holds more than ${MAX_TRANSCRIPT_CALL_IDS} ids`);
  }
  const calls = matchingCalls(context, filter);
  const page = context.cursors.page(
    { listing, filterKey: filter.key, cursor: cursorOf(cursor) },
    calls,
    (e) => e.position,
  );
  return pageAnswer(page, "callTranscripts", NO_CALLS, ({ call }) => ({
    callId: call.id,
    transcript: call.transcript,
  }));
}

function getCall(context: RouteContext, id: string): Answer {
  const entry = context.visibleCalls().find(({ call }) => call.id === id);
  if (entry === undefined) return fail(404, `Call ID ${id} was not found`);
  return { status: 200, body: { call: callMetaData(entry.call) } };
}

function listUsers(context: RouteContext, listing: string, rawFilter: unknown, cursor: unknown): Answer {
  const filter = (typeof rawFilter === "object" && rawFilter !== null ? rawFilter : {}) as Record<
    string,
    unknown
  >;
  const from = readTime(filter, "createdFromDateTime");
  const to = readTime(filter, "createdToDateTime");
  const userIds = readIds(filter, "userIds");
  for (const read of [from, to, userIds]) if (isAnswer(read)) return read;
  const ids = userIds === undefined ? undefined : new Set(userIds as string[]);
  const users = context.users.filter((user) => {
    const created = Date.parse(user.created);
    return (
      (ids === undefined || ids.has(user.id)) &&
      (from === undefined || created >= (from as number)) &&
      (to === undefined || created < (to as number))
    );
  });
  const key = JSON.stringify([from, to, (userIds as string[] | undefined)?.toSorted()]);
  const page = context.cursors.page({ listing, filterKey: key, cursor: cursorOf(cursor) }, users, (user) => ({
    at: 0,
    id: user.id,
  }));
  return pageAnswer(page, "users", NO_USERS, (user) => user);
}

function getUser(context: RouteContext, id: string): Answer {
  const user = context.users.find((candidate) => candidate.id === id);
  return user === undefined ? fail(404, `User ID ${id} was not found`) : { status: 200, body: { user } };
}
