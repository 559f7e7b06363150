// The stateful Gong simulator (@gongkit/mock-server/simulator) for these tests, closed after the file.
import { readFile } from "node:fs/promises";
import {
  type GongSimulator,
  type GongSimulatorOptions,
  startGongSimulator,
} from "@gongkit/mock-server/simulator";
import { afterAll } from "vitest";

/** The simulated clock's start: the generated calls lie in the 30 UTC days before this day. */
export const NOW = "2024-05-01T20:00:00Z";
export const HOUR = 3_600_000;

const started: GongSimulator[] = [];
afterAll(async () => {
  await Promise.all(started.splice(0).map((sim) => sim.close()));
});

/**
 * A simulator at NOW with its 3-per-second limit lifted (the CLI's client holds Gong's limit itself; a
 * fresh process per command would only meet the previous one's last second), unless `options` says otherwise.
 */
export async function simulator(options: GongSimulatorOptions = {}): Promise<GongSimulator> {
  const sim = await startGongSimulator({ start: NOW, rateLimit: false, ...options });
  started.push(sim);
  return sim;
}

/**
 * Calls `then` as the simulator's `count`-th arrival comes in, before it is answered. Returns the function
 * that stops watching.
 */
export function onArrival(sim: GongSimulator, count: number, then: () => void): () => void {
  const arrivals = sim.arrivals;
  const push = arrivals.push;
  arrivals.push = (...items) => {
    const length = push.apply(arrivals, items);
    if (length >= count && length - items.length < count) then();
    return length;
  };
  return () => {
    arrivals.push = push;
  };
}

/** The lines of a JSON-lines file, parsed. */
export async function readJsonl(path: string): Promise<Record<string, unknown>[]> {
  const text = await readFile(path, "utf8");
  return text
    .split("\n")
    .filter((line) => line !== "")
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/** The id of each line of an export's file, in order. */
export const exportedIds = {
  calls: (records: Record<string, unknown>[]) => records.map((r) => (r.metaData as { id: string }).id),
  transcripts: (records: Record<string, unknown>[]) => records.map((r) => r.callId as string),
  users: (records: Record<string, unknown>[]) => records.map((r) => r.id as string),
};
