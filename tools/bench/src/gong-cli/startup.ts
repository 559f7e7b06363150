// `gong --version` against `node -e 0`: what the CLI adds to Node's own start. Each is spawned `rounds`
// times, interleaved (so a busy moment of the machine hits both), with this process's Node; the figure is
// the median wall time from spawn to exit.
import { median } from "../stats.ts";
import { assertGongBuilt, GONG_BIN, runNode } from "./gong-bin.ts";

export interface Startup {
  rounds: number;
  /** Wall times of each spawn, in ms. */
  gongMs: number[];
  nodeMs: number[];
  gongMedianMs: number;
  nodeMedianMs: number;
}

export async function measureStartup(rounds = 20): Promise<Startup> {
  assertGongBuilt();
  const gongMs: number[] = [];
  const nodeMs: number[] = [];
  // One of each first, not counted: the first spawn pays for the file cache.
  await runNode([GONG_BIN, "--version"]);
  await runNode(["-e", "0"]);
  for (let round = 0; round < rounds; round++) {
    // Alternate which goes first, so neither always follows the other.
    const order = round % 2 === 0 ? (["gong", "node"] as const) : (["node", "gong"] as const);
    for (const which of order) {
      const run = await runNode(which === "gong" ? [GONG_BIN, "--version"] : ["-e", "0"]);
      if (run.code !== 0) throw new Error(`${which} exited ${run.code}: ${run.stderr}`);
      (which === "gong" ? gongMs : nodeMs).push(run.ms);
    }
  }
  return { rounds, gongMs, nodeMs, gongMedianMs: median(gongMs), nodeMedianMs: median(nodeMs) };
}
