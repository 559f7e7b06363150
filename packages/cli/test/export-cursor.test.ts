// An expired cursor in the middle of an export's listing: Gong's cursors expire (about an hour after the
// listing's first page); the export starts its window over and still writes each id once. The simulator's
// clock is moved past the cursor's life between two pages by a fetch around the client's: the library's
// `exportGong`, as `gong export` runs it.
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { exportGong } from "../src/export/export-gong.ts";
import { ACCESS_KEY, ACCESS_KEY_SECRET, tempDir } from "./support/run-gong.ts";
import { exportedIds, readJsonl, simulator } from "./support/simulator.ts";

const CURSOR_TTL_MS = 60_000;

describe("exportGong and an expired cursor", () => {
  it("restarts the window and writes each call, transcript and user once", async () => {
    const sim = await simulator({ calls: 450, users: 120, cursorTtlMs: CURSOR_TTL_MS });
    let listingPages = 0;
    const expiring: typeof fetch = async (input, init) => {
      const response = await fetch(input, init);
      const url = typeof input === "string" ? input : input instanceof URL ? input.href : input.url;
      // After the listing's second page (once): its cursor outlives its time before the third is asked for.
      if (url.endsWith("/v2/calls/extensive") && response.ok && ++listingPages === 2) {
        sim.clock.advance(CURSOR_TTL_MS + 1);
      }
      return response;
    };
    const out = await tempDir("gong-export-cursor-");
    const result = await exportGong({
      client: {
        auth: { accessKey: ACCESS_KEY, accessKeySecret: ACCESS_KEY_SECRET },
        baseUrl: sim.url,
        rateLimit: false,
        fetch: expiring,
      },
      out,
      from: new Date("2024-04-01T00:00:00Z"),
      to: new Date("2024-05-01T00:00:00Z"),
    });

    expect(result.restarts).toBe(1);
    expect(result.records.calls).toBe(450 + 200); // read, not written: the files hold each once
    const expired = sim.arrivals.filter((arrival) => arrival.status === 400);
    expect(expired).toHaveLength(1);
    expect(expired[0]!.url).toBe("/v2/calls/extensive");
    // The 2 pages read before the expiry were read again: 5 + 2 pages of calls.
    expect(sim.requests["POST /v2/calls/extensive"]).toBe(5 + 2 + 1);

    const calls = exportedIds.calls(await readJsonl(join(out, "calls.jsonl")));
    const transcripts = exportedIds.transcripts(await readJsonl(join(out, "transcripts.jsonl")));
    const users = exportedIds.users(await readJsonl(join(out, "users.jsonl")));
    const expected = sim.calls.map((call) => call.id).sort((a, b) => (BigInt(a) < BigInt(b) ? -1 : 1));
    expect(calls).toEqual(expected);
    expect(transcripts).toEqual(expected);
    expect(new Set(users).size).toBe(120);
    expect(users.toSorted()).toEqual(sim.users.map((user) => user.id).toSorted());
  });
});
