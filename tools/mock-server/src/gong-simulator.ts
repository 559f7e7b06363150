// A stateful Gong on 127.0.0.1, for the tests of an export that must never miss a call: seeded users and
// calls (19-digit ids), listings paged by cursors that expire and are bound to their filter, calls that
// become visible late on a simulated clock the test moves, Gong's 3-per-second limit held strictly and a
// daily quota. Tests add and change calls while it runs; nothing is mocked in the client under test.
import { createServer, type IncomingMessage } from "node:http";
import { closerOf, listenLocal, sendJson as send } from "./local-http.ts";
import { createClock, isoTime, type SimulatedClock, toEpochMs } from "./simulator-clock.ts";
import { generateCall, generateUser, type SimulatedCall, type SimulatedUser } from "./simulator-data.ts";
import {
  createDailyQuota,
  createSlidingWindow,
  isAuthorized,
  type RateLimit,
  type SimulatorCredential,
} from "./simulator-limits.ts";
import { createCursorStore } from "./simulator-paging.ts";
import { randomFor } from "./simulator-random.ts";
import { type Answer, answerRoute, fail, matchRoute } from "./simulator-routes.ts";
import { createCallStore } from "./simulator-store.ts";

export type { SimulatedClock } from "./simulator-clock.ts";
export type {
  SimulatedCall,
  SimulatedContent,
  SimulatedMonologue,
  SimulatedParty,
  SimulatedUser,
} from "./simulator-data.ts";
export type { RateLimit, SimulatorCredential } from "./simulator-limits.ts";

type Time = string | number | Date;

export interface GongSimulatorOptions {
  /** Seeds the generated data (and request ids and cursors): the same seed, the same answers. Default 1. */
  seed?: number;
  /** Calls generated at start. Default 1,000. */
  calls?: number;
  /** Users generated at start. Default 120. */
  users?: number;
  /** The simulated clock's start. Default: the real time now. */
  start?: Time;
  /** The simulated clock runs on with real time (still movable). Default false: it moves only when told. */
  followRealTime?: boolean;
  /** Generated calls start within [from, to). Default: the 30 UTC days before the day of `start`. */
  from?: Time;
  to?: Time;
  /** A call is visible this long after its `started` (simulated time), unless it has a `visibleAt`. Default 0. */
  visibleAfterMs?: number;
  /** Items per page. Default 100, as Gong. */
  pageSize?: number;
  /** A cursor works this long (simulated) after its listing's first page. Default 60 minutes. */
  cursorTtlMs?: number;
  /** Gong's rate limit, in real time; false for none. Default 3 arrivals per 1,000 ms. */
  rateLimit?: RateLimit | false;
  /** Requests per simulated UTC day. Default unlimited. */
  dailyQuota?: number;
  /** Only these credentials are accepted. Default: any basic key and secret, or any bearer token. */
  credentials?: SimulatorCredential[];
  /** Default 0: a free port. */
  port?: number;
}

/** What addCall and updateCall take: any call fields; `visibleAt` also as epoch ms, or null to drop it. */
export type CallPatch = Partial<Omit<SimulatedCall, "visibleAt">> & { visibleAt?: Time | null };

export interface Arrival {
  /** performance.now() at arrival. */
  at: number;
  method: string;
  url: string;
  status: number;
}

export interface GongSimulator {
  url: string;
  arrivals: Arrival[];
  /** Arrivals by route, e.g. `requests["POST /v2/calls/extensive"]`; unknown routes by method and path. */
  requests: Record<string, number>;
  /** How many requests were answered 429 (rate limit and daily quota). */
  rejected429(): number;
  clock: SimulatedClock;
  /** Adds a call: generated for the next index, then `partial` over it (default started: the clock's now). */
  addCall(partial?: CallPatch): SimulatedCall;
  /** Changes a call; later answers show the new fields. Throws for an unknown id. */
  updateCall(id: string, patch: CallPatch): SimulatedCall;
  /** Every call, visible or not, sorted by started then id. Change them through updateCall. */
  readonly calls: readonly SimulatedCall[];
  /** The calls visible at the clock's now, sorted by started then id. */
  visibleCalls(): SimulatedCall[];
  readonly users: readonly SimulatedUser[];
  /** Requests counted against the daily quota on the simulated day. */
  quotaUsed(): number;
  resetQuota(): void;
  close(): Promise<void>;
}

const DAY_MS = 86_400_000;

export async function startGongSimulator(options: GongSimulatorOptions = {}): Promise<GongSimulator> {
  const seed = options.seed ?? 1;
  const visibleAfterMs = options.visibleAfterMs ?? 0;
  const clock = createClock(
    timeOption(options.start, "start") ?? Date.now(),
    options.followRealTime ?? false,
  );
  const today = Math.floor(clock.now() / DAY_MS) * DAY_MS;
  const range = {
    from: timeOption(options.from, "from") ?? today - 30 * DAY_MS,
    to: timeOption(options.to, "to") ?? today,
  };
  const users = Array.from({ length: options.users ?? 120 }, (_, i) => generateUser(seed, i, range.from));
  const store = createCallStore(visibleAfterMs);
  const initialCalls = options.calls ?? 1000;
  let nextIndex = 0;
  while (nextIndex < initialCalls) store.put(generateCall(seed, nextIndex++, range, users));

  const cursors = createCursorStore({
    seed,
    clock,
    ttlMs: options.cursorTtlMs ?? 3_600_000,
    pageSize: options.pageSize ?? 100,
  });
  const rateWindow =
    options.rateLimit === false
      ? undefined
      : createSlidingWindow(options.rateLimit ?? { limit: 3, windowMs: 1000 });
  const quota = createDailyQuota(options.dailyQuota ?? Number.POSITIVE_INFINITY, clock);
  const context = { cursors, users, visibleCalls: () => store.visible(clock.now()) };
  const arrivals: Arrival[] = [];
  const requests: Record<string, number> = {};
  let rejected = 0;
  let requestSerial = 0;

  /** The steps of one request: rate limit, credentials, daily quota, body, route. */
  const answer = async (req: IncomingMessage, at: number, path: URL): Promise<Answer> => {
    if (rateWindow !== undefined && !rateWindow.admit(at)) {
      return { ...fail(429, "API request limit exceeded"), headers: { "retry-after": "1" } };
    }
    if (!isAuthorized(req.headers.authorization, options.credentials)) return fail(401, "access denied");
    const taken = quota.take();
    if (!taken.ok) {
      const headers = { "retry-after": String(taken.retryAfterSeconds) };
      return { ...fail(429, "Daily API request limit exceeded"), headers };
    }
    const { route, known, id } = matchRoute(req.method ?? "", path.pathname);
    if (!known) return fail(404, "Not found");
    const body = req.method === "POST" ? await readJsonObject(req) : {};
    if (body === undefined) return fail(400, "Malformed request: the body is not a JSON object");
    return answerRoute(context, route, { query: path.searchParams, body, id });
  };

  const server = createServer((req, res) => {
    const at = performance.now();
    const arrival: Arrival = { at, method: req.method ?? "", url: req.url ?? "", status: 0 };
    arrivals.push(arrival);
    const path = new URL(req.url ?? "/", "http://127.0.0.1");
    const { route } = matchRoute(arrival.method, path.pathname);
    requests[route] = (requests[route] ?? 0) + 1;
    const requestId = requestIdOf(seed, ++requestSerial);
    const reply = ({ status, body, headers }: Answer) => {
      arrival.status = status;
      if (status === 429) rejected++;
      send(res, status, { requestId, ...body }, headers);
    };
    answer(req, at, path).then(reply, () => reply(fail(500, "Unexpected error")));
  });
  const url = await listenLocal(server, options.port);

  return {
    url,
    arrivals,
    requests,
    rejected429: () => rejected,
    clock,
    addCall(partial = {}) {
      const generated = generateCall(seed, nextIndex++, range, users);
      const started = partial.started ?? isoTime(Math.floor(clock.now() / 1000) * 1000);
      const base = { ...generated, started, scheduled: started };
      const id = partial.id ?? generated.id;
      if (store.get(id) !== undefined) throw new Error(`addCall: call ${id} exists already`);
      return store.put(applyPatch({ ...base, url: `https://app.gong.io/call?id=${id}` }, partial));
    },
    updateCall(id, patch) {
      const call = store.get(id);
      if (call === undefined) throw new Error(`updateCall: no call ${id}`);
      if (patch.id !== undefined && patch.id !== id) throw new Error("updateCall: a call's id cannot change");
      return store.put(applyPatch(call, patch));
    },
    get calls() {
      return store.all();
    },
    visibleCalls: () => store.visible(clock.now()).map((entry) => entry.call),
    users,
    quotaUsed: () => quota.used(),
    resetQuota: () => quota.reset(),
    close: closerOf(server),
  };
}

function applyPatch(call: SimulatedCall, patch: CallPatch): SimulatedCall {
  const { visibleAt, ...fields } = patch;
  const next: SimulatedCall = { ...call, ...fields };
  if (visibleAt === null) delete next.visibleAt;
  else if (visibleAt !== undefined) next.visibleAt = isoTime(timeOption(visibleAt, "visibleAt")!);
  return next;
}

function timeOption(time: Time | undefined, name: string): number | undefined {
  if (time === undefined) return undefined;
  const ms = toEpochMs(time);
  if (ms === undefined) throw new Error(`${name} is not a time: ${String(time)}`);
  return ms;
}

/** A request id as Gong's look: 19 lowercase letters and digits, from the seed and a serial. */
function requestIdOf(seed: number, serial: number): string {
  const random = randomFor(seed, 3, serial);
  const alphabet = "0123456789abcdefghijklmnopqrstuvwxyz";
  return Array.from({ length: 19 }, () => alphabet[Math.floor(random() * alphabet.length)]).join("");
}

/** The JSON object of a request's body ({} when empty), or undefined when it is not one. */
async function readJsonObject(req: IncomingMessage): Promise<Record<string, unknown> | undefined> {
  let text = "";
  for await (const chunk of req) text += chunk;
  if (text.trim() === "") return {};
  try {
    const value: unknown = JSON.parse(text);
    return typeof value === "object" && value !== null && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : undefined;
  } catch {
    return undefined;
  }
}
