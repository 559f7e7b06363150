// Medians over interleaved rounds: each round runs every contender once (tinybench: warm-up, then
// per-call samples for `roundMs`), starting from a different contender each time, so that drift in
// the machine's load (other processes, GC, CPU clock) falls on all of them alike.
import { Bench } from "tinybench";
import { median, quantile } from "../stats.ts";
import type { Contender } from "./contenders.ts";

export interface RoundOptions {
  rounds: number;
  /** Sampling time per contender per round. */
  roundMs: number;
}

export interface ContenderResult {
  name: string;
  note: string;
  /** Median over rounds of each round's median per-call time, in microseconds. */
  medianUs: number;
  /** Each round's median per-call time, in microseconds. */
  roundsUs: number[];
  samples: number;
}

export async function runInterleaved(
  contenders: Contender[],
  options: RoundOptions,
): Promise<ContenderResult[]> {
  const rounds = new Map<string, number[]>(contenders.map((c) => [c.name, []]));
  const samples = new Map<string, number>(contenders.map((c) => [c.name, 0]));
  for (let round = 0; round < options.rounds; round++) {
    const bench = new Bench({
      time: options.roundMs,
      iterations: 32,
      warmupTime: round === 0 ? 250 : 25,
      throws: true,
    });
    const start = round % contenders.length;
    for (const contender of [...contenders.slice(start), ...contenders.slice(0, start)]) {
      bench.add(contender.name, contender.call);
    }
    for (const task of await bench.run()) {
      const result = task.result;
      if (result.state !== "completed") throw new Error(`${task.name}: ${result.state}`);
      rounds.get(task.name)!.push(result.latency.p50 * 1000);
      samples.set(task.name, samples.get(task.name)! + result.latency.samplesCount);
    }
  }
  return contenders.map((contender) => {
    const roundsUs = rounds.get(contender.name)!;
    return {
      name: contender.name,
      note: contender.note,
      medianUs: median(roundsUs),
      roundsUs,
      samples: samples.get(contender.name)!,
    };
  });
}

export interface Ratio {
  of: string;
  to: string;
  /** Median over rounds of (of / to), each round's medians paired. */
  median: number;
  p25: number;
  p75: number;
}

/** `of`'s per-call time over `to`'s, paired round by round (both ran in the same round). */
export function pairedRatio(results: ContenderResult[], of: string, to: string): Ratio {
  const a = results.find((r) => r.name === of)?.roundsUs;
  const b = results.find((r) => r.name === to)?.roundsUs;
  if (a === undefined || b === undefined) throw new Error(`no results for ${of} or ${to}`);
  const ratios = a.map((value, i) => value / b[i]!);
  return { of, to, median: median(ratios), p25: quantile(ratios, 0.25), p75: quantile(ratios, 0.75) };
}
