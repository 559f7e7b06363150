// `gong export` of 1,000 calls and 120 users from the simulator, on its simulated clock: calls that Gong
// makes visible late (after the first run) are caught by the next run's look-back, every call is written
// once, transcripts one per call, users once, in no more requests than the pages need.
import { join } from "node:path";
import type { GongSimulator, SimulatedCall } from "@gongkit/mock-server/simulator";
import { describe, expect, it } from "vitest";
import { credentialsEnv, gong, tempDir } from "./support/run-gong.ts";
import { exportedIds, HOUR, NOW, readJsonl, simulator } from "./support/simulator.ts";

const PAGE = 100;
const FROM = "2024-04-01T00:00:00Z";
const FIRST_TO = "2024-05-01T00:00:00Z";

/** Calls visible now whose start is in [from, to), in the order the export sorts them (by id). */
function visibleIn(sim: GongSimulator, from: string, to: string): SimulatedCall[] {
  return sim
    .visibleCalls()
    .filter((call) => call.started >= from && Date.parse(call.started) < Date.parse(to))
    .sort((a, b) => (BigInt(a.id) < BigInt(b.id) ? -1 : 1));
}

const sortedIds = (ids: readonly string[]) => [...ids].sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));

/** Every id of `ids` once. */
function expectOnce(ids: readonly string[]): void {
  expect(new Set(ids).size).toBe(ids.length);
}

describe("gong export", () => {
  it("exports 1,000 calls, then catches the late ones with the look-back; each once, within the request bound", async () => {
    const sim = await simulator({ calls: 1000, users: 120 });
    const late = new Date(Date.parse(NOW) + 2 * HOUR).toISOString();
    // Calls of the last day Gong finishes processing after the first run: absent from it.
    const lastDay = sim.calls.filter((call) => call.started >= "2024-04-30T00:00:00Z").slice(0, 6);
    expect(lastDay).toHaveLength(6);
    for (const call of lastDay) sim.updateCall(call.id, { visibleAt: late });
    const lateAdded = sim.addCall({ started: "2024-04-30T12:00:00Z", visibleAt: late });
    // Calls after the first run's --to: the second run's range.
    const today = sim.addCall({ started: "2024-05-01T10:00:00Z" });
    const todayLate = sim.addCall({ started: "2024-05-01T15:30:00Z", visibleAt: late });
    const lateIds = [...lastDay.map((call) => call.id), lateAdded.id, todayLate.id];

    const out = await tempDir("gong-export-");
    const env = credentialsEnv(sim.url);
    const files = {
      calls: join(out, "calls.jsonl"),
      transcripts: join(out, "transcripts.jsonl"),
      users: join(out, "users.jsonl"),
    };

    // The first run: everything visible at NOW in [FROM, FIRST_TO).
    const first = await gong(["export", "--out", out, "--from", FROM, "--to", FIRST_TO], { env });
    expect(first.stderr).toBe("");
    expect(first.code).toBe(0);
    const firstRequests = sim.arrivals.length;
    const firstCalls = visibleIn(sim, FROM, FIRST_TO);
    expect(firstCalls).toHaveLength(1000 - lastDay.length);
    const calls1 = exportedIds.calls(await readJsonl(files.calls));
    expect(calls1).toEqual(firstCalls.map((call) => call.id));
    for (const id of lateIds) expect(calls1).not.toContain(id);
    const firstBound = Math.ceil(firstCalls.length / PAGE) * 2 + Math.ceil(sim.users.length / PAGE);
    expect(firstRequests).toBeLessThanOrEqual(firstBound);
    expect(JSON.parse(first.stdout)).toMatchObject({
      records: { calls: firstCalls.length, transcripts: firstCalls.length, users: 120 },
      requests: firstRequests,
      restarts: 0,
      range: { from: new Date(FROM).toISOString(), to: new Date(FIRST_TO).toISOString() },
    });

    // Later: the late calls are visible; the rerun reads from a day before where the first one ended.
    sim.clock.advance(3 * HOUR);
    const secondTo = new Date(sim.clock.now()).toISOString();
    const second = await gong(["export", "--out", out, "--from", FROM, "--to", secondTo], { env });
    expect(second.stderr).toBe("");
    expect(second.code).toBe(0);
    const secondRequests = sim.arrivals.length - firstRequests;
    const lookback = visibleIn(sim, "2024-04-30T00:00:00Z", secondTo);
    const lookbackPages = Math.ceil(lookback.length / PAGE) * 2 + Math.ceil(sim.users.length / PAGE);
    expect(secondRequests).toBeLessThanOrEqual(lookbackPages);
    expect(JSON.parse(second.stdout)).toMatchObject({
      records: { calls: lookback.length },
      requests: secondRequests,
      range: { from: "2024-04-30T00:00:00.000Z", to: secondTo },
    });

    const expected = visibleIn(sim, FROM, secondTo);
    expect(expected).toHaveLength(1000 + 3);
    expect(expected.map((call) => call.id)).toEqual(expect.arrayContaining([...lateIds, today.id]));

    const calls = await readJsonl(files.calls);
    const callIds = exportedIds.calls(calls);
    expectOnce(callIds);
    expect(callIds).toEqual(expected.map((call) => call.id));
    for (const [i, call] of calls.entries()) {
      const simulated = expected[i]!;
      expect(call.metaData).toMatchObject({
        id: simulated.id,
        title: simulated.title,
        started: simulated.started,
      });
      expect(call.parties).toEqual(expect.any(Array));
      expect(call.content).toEqual(expect.any(Object));
    }

    const transcripts = await readJsonl(files.transcripts);
    const transcriptIds = exportedIds.transcripts(transcripts);
    expectOnce(transcriptIds);
    expect(transcriptIds).toEqual(callIds);
    for (const [i, transcript] of transcripts.entries()) {
      expect(transcript.transcript).toEqual(expected[i]!.transcript);
    }

    const userIds = exportedIds.users(await readJsonl(files.users));
    expectOnce(userIds);
    expect(userIds).toEqual(sortedIds(sim.users.map((user) => user.id)));

    // Requests over both runs: the calls' and transcripts' pages, the users' pages, and the look-back's pages.
    const bound = Math.ceil(expected.length / PAGE) * 2 + Math.ceil(sim.users.length / PAGE) + lookbackPages;
    expect(sim.arrivals.length).toBeLessThanOrEqual(bound);
    expect(sim.rejected429()).toBe(0);
    expect(sim.arrivals.every((arrival) => arrival.status === 200)).toBe(true);
  });
});
