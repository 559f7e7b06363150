// The Gong simulator over real HTTP: each test starts one on 127.0.0.1, sends requests with the real fetch
// (nothing is mocked) and closes it.
import fc from "fast-check";
import { afterEach, describe, expect, it } from "vitest";
import { type GongSimulator, type GongSimulatorOptions, startGongSimulator } from "../src/gong-simulator.ts";

const NOW = Date.parse("2024-05-01T20:00:00Z");
const HOUR = 3_600_000;
const BASIC = `Basic ${Buffer.from("key:secret").toString("base64")}`;
const NO_CALLS = "No calls found corresponding to the provided filters";

const started: GongSimulator[] = [];
afterEach(async () => {
  await Promise.all(started.splice(0).map((sim) => sim.close()));
});

/** A simulator at NOW without the rate limit (one test turns it on), closed after the test. */
async function simulator(options: GongSimulatorOptions = {}): Promise<GongSimulator> {
  const sim = await startGongSimulator({ start: NOW, rateLimit: false, calls: 300, ...options });
  started.push(sim);
  return sim;
}

interface Reply {
  status: number;
  headers: Headers;
  text: string;
  // biome-ignore lint/suspicious/noExplicitAny: the tests read Gong's JSON by field
  body: any;
}

async function request(
  sim: GongSimulator,
  path: string,
  body?: unknown,
  authorization = BASIC,
): Promise<Reply> {
  const response = await fetch(`${sim.url}${path}`, {
    method: body === undefined ? "GET" : "POST",
    headers: { authorization, ...(body === undefined ? {} : { "content-type": "application/json" }) },
    ...(body === undefined ? {} : { body: JSON.stringify(body) }),
  });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, body: JSON.parse(text) };
}

const iso = (ms: number) => new Date(ms).toISOString();
const timeWindow = (from: number, to: number) => `fromDateTime=${iso(from)}&toDateTime=${iso(to)}`;

/** Every page of GET /v2/calls over [from, to), cursors sent back encoded. */
async function listAll(sim: GongSimulator, from: number, to: number): Promise<string[]> {
  const ids: string[] = [];
  let cursor: string | undefined;
  do {
    const query = `${timeWindow(from, to)}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ""}`;
    const page = await request(sim, `/v2/calls?${query}`);
    if (page.status === 404 && cursor === undefined) return ids;
    expect(page.status).toBe(200);
    ids.push(...page.body.calls.map((call: { id: string }) => call.id));
    cursor = page.body.records.cursor;
  } while (cursor !== undefined);
  return ids;
}

describe("late visibility on the simulated clock", () => {
  it("a call is absent everywhere until visibleAfterMs after its start, then present", async () => {
    const sim = await simulator({ calls: 0, visibleAfterMs: 2 * HOUR });
    const call = sim.addCall({ started: iso(NOW - HOUR) });
    const listing = `/v2/calls?${timeWindow(NOW - 3 * HOUR, NOW)}`;

    expect((await request(sim, listing)).body.errors).toEqual([NO_CALLS]);
    expect((await request(sim, `/v2/calls/${call.id}`)).status).toBe(404);
    const transcripts = await request(sim, "/v2/calls/transcript", { filter: { callIds: [call.id] } });
    expect(transcripts.status).toBe(404);

    sim.clock.advance(HOUR - 1);
    expect((await request(sim, listing)).status).toBe(404);
    sim.clock.advance(1);
    expect((await request(sim, listing)).body.calls.map((c: { id: string }) => c.id)).toEqual([call.id]);
    expect((await request(sim, `/v2/calls/${call.id}`)).body.call.id).toBe(call.id);
    expect(sim.visibleCalls().map((c) => c.id)).toEqual([call.id]);
  });

  it("a per-call visibleAt overrides visibleAfterMs; clock.set jumps", async () => {
    const sim = await simulator({ calls: 0 });
    const call = sim.addCall({ started: iso(NOW - 5 * HOUR), visibleAt: NOW + 10 * 60_000 });
    expect((await request(sim, `/v2/calls/${call.id}`)).status).toBe(404);
    sim.clock.set(NOW + 10 * 60_000);
    expect((await request(sim, `/v2/calls/${call.id}`)).status).toBe(200);
    sim.updateCall(call.id, { visibleAt: null });
    expect(sim.calls[0]?.visibleAt).toBeUndefined();
  });

  it("a call that turns visible behind a listing's cursor is missed by that listing, found by a re-read", async () => {
    const sim = await simulator({ calls: 150, visibleAfterMs: 0, pageSize: 100 });
    const from = NOW - 40 * 24 * HOUR;
    const first = await request(sim, `/v2/calls?${timeWindow(from, NOW)}`);
    const earliest = Date.parse(first.body.calls[0].started);
    const late = sim.addCall({ started: iso(earliest + 1000), visibleAt: NOW + 1000 });
    sim.clock.advance(1000);
    const rest = await request(
      sim,
      `/v2/calls?${timeWindow(from, NOW)}&cursor=${encodeURIComponent(first.body.records.cursor)}`,
    );
    const listed = [...first.body.calls, ...rest.body.calls].map((call: { id: string }) => call.id);
    expect(listed).toHaveLength(150);
    expect(listed).not.toContain(late.id);
    expect(await listAll(sim, from, NOW)).toContain(late.id);
  });

  it("followRealTime runs the clock with real time and still lets it be moved", async () => {
    const sim = await simulator({ followRealTime: true, calls: 0 });
    const before = sim.clock.now();
    await new Promise((resolve) => setTimeout(resolve, 30));
    expect(sim.clock.now()).toBeGreaterThanOrEqual(before + 25);
    sim.clock.advance(HOUR);
    expect(sim.clock.now()).toBeGreaterThanOrEqual(before + HOUR);
  });
});

describe("paging", () => {
  it("pages GET /v2/calls with cursors holding + / =, sent back encoded, in started-then-id order", async () => {
    const sim = await simulator({ calls: 250 });
    const from = NOW - 40 * 24 * HOUR;
    const first = await request(sim, `/v2/calls?${timeWindow(from, NOW)}`);
    expect(first.body.records).toMatchObject({
      totalRecords: 250,
      currentPageSize: 100,
      currentPageNumber: 0,
    });
    const cursor: string = first.body.records.cursor;
    for (const char of ["+", "/", "="]) expect(cursor).toContain(char);

    const ids = await listAll(sim, from, NOW);
    expect(ids).toEqual(sim.calls.map((call) => call.id));
    expect(new Set(ids).size).toBe(250);
    const order = sim.calls.map((call) => [Date.parse(call.started), BigInt(call.id)] as const);
    for (let i = 1; i < order.length; i++) {
      const [a, b] = [order[i - 1]!, order[i]!];
      expect(a[0] < b[0] || (a[0] === b[0] && a[1] < b[1])).toBe(true);
    }
  });

  it("refuses a cursor sent without encoding (its + read as a space) and one from another filter", async () => {
    const sim = await simulator({ calls: 250 });
    const from = NOW - 40 * 24 * HOUR;
    const cursor: string = (await request(sim, `/v2/calls?${timeWindow(from, NOW)}`)).body.records.cursor;
    const raw = await request(sim, `/v2/calls?${timeWindow(from, NOW)}&cursor=${cursor}`);
    expect(raw.status).toBe(400);
    expect(raw.body.errors).toEqual(["Invalid cursor"]);
    const other = await request(
      sim,
      `/v2/calls?${timeWindow(from, NOW - 1)}&cursor=${encodeURIComponent(cursor)}`,
    );
    expect(other.body.errors).toEqual(["Invalid cursor"]);
    const elsewhere = await request(sim, "/v2/calls/extensive", {
      filter: { fromDateTime: iso(from), toDateTime: iso(NOW) },
      cursor,
    });
    expect(elsewhere.body.errors).toEqual(["Invalid cursor"]);
  });

  it("pages POST /v2/calls/extensive, with parties and content only when asked", async () => {
    const sim = await simulator({ calls: 120 });
    const filter = { fromDateTime: iso(NOW - 40 * 24 * HOUR), toDateTime: iso(NOW) };
    const bare = await request(sim, "/v2/calls/extensive", { filter });
    expect(Object.keys(bare.body.calls[0])).toEqual(["metaData"]);
    const contentSelector = { exposedFields: { parties: true, content: { topics: true, trackers: true } } };
    const first = await request(sim, "/v2/calls/extensive", { filter, contentSelector });
    const call = first.body.calls[0];
    expect(call.metaData).toMatchObject({ id: sim.calls[0]?.id, primaryUserId: expect.any(String) });
    expect(call.parties.length).toBeGreaterThanOrEqual(2);
    expect(call.parties.length).toBeLessThanOrEqual(4);
    expect(call.content.topics.length).toBeGreaterThan(0);
    expect(call.content.structure).toBeUndefined();
    const second = await request(sim, "/v2/calls/extensive", {
      filter,
      contentSelector,
      cursor: first.body.records.cursor,
    });
    expect(second.body.records).toMatchObject({ currentPageSize: 20, currentPageNumber: 1 });
    expect(second.body.records.cursor).toBeUndefined();
  });

  it("returns changed calls with their new fields; a call moved out of the window leaves it", async () => {
    const sim = await simulator({ calls: 10 });
    const [first, second] = sim.calls;
    sim.updateCall(first!.id, { title: "Renamed", customData: "re-read me" });
    sim.updateCall(second!.id, { started: iso(NOW + HOUR) });
    const page = await request(sim, `/v2/calls?${timeWindow(NOW - 40 * 24 * HOUR, NOW)}`);
    expect(page.body.calls[0]).toMatchObject({ id: first!.id, title: "Renamed", customData: "re-read me" });
    expect(page.body.calls.map((c: { id: string }) => c.id)).not.toContain(second!.id);
    expect(() => sim.updateCall("1", { title: "x" })).toThrow(/no call 1/);
  });

  it("lists exactly the visible calls of any window and page size, each once, in order (property)", async () => {
    const sim = await simulator({ calls: 400, visibleAfterMs: 12 * HOUR });
    const span = 31 * 24 * HOUR;
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 0, max: span }),
        fc.integer({ min: 0, max: span }),
        fc.integer({ min: 1, max: 150 }),
        async (a, b, pageSize) => {
          const [from, to] = [NOW - span + Math.min(a, b), NOW - span + Math.max(a, b)];
          const paged = await startGongSimulator({
            start: NOW,
            rateLimit: false,
            calls: 400,
            visibleAfterMs: 12 * HOUR,
            pageSize,
          });
          try {
            const expected = sim
              .visibleCalls()
              .filter((call) => Date.parse(call.started) >= from && Date.parse(call.started) < to)
              .map((call) => call.id);
            expect(await listAll(paged, from, to)).toEqual(expected);
          } finally {
            await paged.close();
          }
        },
      ),
      { numRuns: 25 },
    );
  });
});

describe("the empty window", () => {
  it("answers 404 No calls found on all three listings", async () => {
    const sim = await simulator();
    const filter = { fromDateTime: iso(NOW + HOUR), toDateTime: iso(NOW + 2 * HOUR) };
    const answers = [
      await request(sim, `/v2/calls?${timeWindow(NOW + HOUR, NOW + 2 * HOUR)}`),
      await request(sim, "/v2/calls/extensive", { filter }),
      await request(sim, "/v2/calls/transcript", { filter }),
    ];
    for (const answer of answers) {
      expect(answer.status).toBe(404);
      expect(answer.body).toEqual({ requestId: expect.any(String), errors: [NO_CALLS] });
    }
  });
});

describe("cursor expiry", () => {
  it("a cursor works 59 minutes after the first page and is refused at 61 with cursor has expired", async () => {
    const sim = await simulator({ calls: 300 });
    const filter = { fromDateTime: iso(NOW - 40 * 24 * HOUR), toDateTime: iso(NOW) };
    const first = await request(sim, "/v2/calls/extensive", { filter });
    sim.clock.advance(59 * 60_000);
    const second = await request(sim, "/v2/calls/extensive", { filter, cursor: first.body.records.cursor });
    expect(second.status).toBe(200);
    sim.clock.advance(2 * 60_000);
    // The third page's cursor is as old as the listing: its first page was served 61 minutes ago.
    const third = await request(sim, "/v2/calls/extensive", { filter, cursor: second.body.records.cursor });
    expect(third.status).toBe(400);
    expect(third.body.errors).toEqual(["cursor has expired"]);
  });

  it("advancing 61 minutes between page 1 and page 2 expires the cursor", async () => {
    const sim = await simulator({ calls: 300 });
    const query = timeWindow(NOW - 40 * 24 * HOUR, NOW);
    const first = await request(sim, `/v2/calls?${query}`);
    sim.clock.advance(61 * 60_000);
    const second = await request(
      sim,
      `/v2/calls?${query}&cursor=${encodeURIComponent(first.body.records.cursor)}`,
    );
    expect(second.status).toBe(400);
    expect(second.body.errors).toEqual(["cursor has expired"]);
  });
});

describe("transcripts", () => {
  it("answers transcripts by call id, paged, and refuses more than 100 ids", async () => {
    const sim = await simulator({ calls: 300, pageSize: 50 });
    const ids = sim.calls.slice(0, 100).map((call) => call.id);
    const first = await request(sim, "/v2/calls/transcript", { filter: { callIds: ids } });
    expect(first.body.records).toMatchObject({ totalRecords: 100, currentPageSize: 50 });
    const second = await request(sim, "/v2/calls/transcript", {
      filter: { callIds: ids },
      cursor: first.body.records.cursor,
    });
    const transcripts = [...first.body.callTranscripts, ...second.body.callTranscripts];
    expect(transcripts.map((t: { callId: string }) => t.callId)).toEqual(ids);
    const sentence = transcripts[0].transcript[0];
    expect(sentence).toMatchObject({ speakerId: expect.any(String), topic: expect.any(String) });
    expect(sentence.sentences[0]).toMatchObject({
      start: expect.any(Number),
      end: expect.any(Number),
      text: expect.any(String),
    });

    const tooMany = await request(sim, "/v2/calls/transcript", {
      filter: { callIds: [...ids, sim.calls[100]!.id] },
    });
    expect(tooMany.status).toBe(400);
    expect(tooMany.body.errors[0]).toMatch(/100/);
  });
});

describe("rate limits", () => {
  it("holds 3 per second strictly: 4 requests at once get one 429 with Retry-After 1", async () => {
    const sim = await simulator({ rateLimit: { limit: 3, windowMs: 1000 } });
    const replies = await Promise.all(Array.from({ length: 4 }, () => request(sim, "/v2/users")));
    const limited = replies.filter((reply) => reply.status === 429);
    expect(limited).toHaveLength(1);
    expect(limited[0]?.headers.get("retry-after")).toBe("1");
    expect(replies.filter((reply) => reply.status === 200)).toHaveLength(3);
    expect(sim.rejected429()).toBe(1);
    expect(sim.requests["GET /v2/users"]).toBe(4);
    expect(sim.arrivals.map((arrival) => arrival.status).toSorted()).toEqual([200, 200, 200, 429]);
  });

  it("the 6th request of a simulated day past dailyQuota 5 is 429 until the next UTC midnight", async () => {
    const sim = await simulator({ dailyQuota: 5 });
    for (let i = 0; i < 5; i++) expect((await request(sim, "/v2/users")).status).toBe(200);
    const sixth = await request(sim, "/v2/users");
    expect(sixth.status).toBe(429);
    expect(sixth.headers.get("retry-after")).toBe(String(4 * 60 * 60)); // 20:00 to midnight UTC
    expect(sim.quotaUsed()).toBe(5);
    sim.clock.set(Date.parse("2024-05-02T00:00:00Z"));
    expect(sim.quotaUsed()).toBe(0);
    expect((await request(sim, "/v2/users")).status).toBe(200);
    expect(sim.quotaUsed()).toBe(1);
    sim.resetQuota();
    expect(sim.quotaUsed()).toBe(0);
  });
});

describe("data", () => {
  it("the same seed gives the same answers; another seed other data", async () => {
    const answers = async (sim: GongSimulator) => [
      (await request(sim, `/v2/calls?${timeWindow(NOW - 40 * 24 * HOUR, NOW)}`)).text,
      (
        await request(sim, "/v2/calls/extensive", {
          filter: { callIds: sim.calls.slice(0, 5).map((call) => call.id) },
          contentSelector: {
            exposedFields: {
              parties: true,
              content: { topics: true, trackers: true, trackerOccurrences: true },
            },
          },
        })
      ).text,
      (await request(sim, "/v2/calls/transcript", { filter: { callIds: [sim.calls[0]!.id] } })).text,
      (await request(sim, "/v2/users")).text,
    ];
    const [a, b, c] = await Promise.all([
      simulator({ seed: 7 }),
      simulator({ seed: 7 }),
      simulator({ seed: 8 }),
    ]);
    expect(await answers(a)).toEqual(await answers(b));
    expect(a.calls).toEqual(b.calls);
    expect(c.calls.map((call) => call.started)).not.toEqual(a.calls.map((call) => call.started));
  });

  it("writes the 19-digit ids beyond 2^53 with every digit, so a client that rounds shows it", async () => {
    const sim = await simulator({ calls: 20 });
    const page = await request(sim, `/v2/calls?${timeWindow(NOW - 40 * 24 * HOUR, NOW)}`);
    for (const call of sim.calls) {
      expect(call.id).toMatch(/^\d{19}$/);
      expect(page.text).toContain(`"id":"${call.id}"`);
      expect(page.text).toContain(`"primaryUserId":"${call.primaryUserId}"`);
      expect(BigInt(call.id) > BigInt(Number.MAX_SAFE_INTEGER)).toBe(true);
      expect(String(BigInt(Number(call.id)))).not.toBe(call.id);
    }
    expect(sim.users[0]?.id).toMatch(/^\d{19}$/);
  });
});

describe("users and auth", () => {
  it("pages GET /v2/users and answers POST /v2/users/extensive and GET /v2/users/{id}", async () => {
    const sim = await simulator();
    const first = await request(sim, "/v2/users");
    expect(first.body.records).toMatchObject({ totalRecords: 120, currentPageSize: 100 });
    const second = await request(sim, `/v2/users?cursor=${encodeURIComponent(first.body.records.cursor)}`);
    expect([...first.body.users, ...second.body.users].map((u: { id: string }) => u.id)).toEqual(
      sim.users.map((u) => u.id),
    );
    const chosen = [sim.users[3]!.id, sim.users[7]!.id];
    const filtered = await request(sim, "/v2/users/extensive", { filter: { userIds: chosen } });
    expect(filtered.body.users.map((u: { id: string }) => u.id)).toEqual(chosen);
    expect((await request(sim, `/v2/users/${chosen[0]}`)).body.user.id).toBe(chosen[0]);
    expect((await request(sim, "/v2/users/1")).status).toBe(404);
  });

  it("refuses requests without credentials, and with credentials set, any but those", async () => {
    const open = await simulator();
    const none = await request(open, "/v2/users", undefined, "");
    expect(none.status).toBe(401);
    expect(none.body.errors).toEqual(["access denied"]);
    expect((await request(open, "/v2/users", undefined, "Bearer some-token")).status).toBe(200);
    expect((await request(open, "/v2/users", undefined, `Basic ${btoa("key:")}`)).status).toBe(401);

    const closed = await simulator({ credentials: [{ accessKey: "k", secret: "s" }, { bearer: "t" }] });
    expect((await request(closed, "/v2/users")).status).toBe(401);
    expect((await request(closed, "/v2/users", undefined, `Basic ${btoa("k:s")}`)).status).toBe(200);
    expect((await request(closed, "/v2/users", undefined, "Bearer t")).status).toBe(200);
    expect((await request(closed, "/v2/users", undefined, "Bearer u")).status).toBe(401);
  });
});
