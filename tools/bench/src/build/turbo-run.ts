// Runs `turbo run build` in a checkout and reads what turbo says about its cache.
import { join } from "node:path";
import { runMeasured } from "../run-measured.ts";

export interface TurboBuild {
  ms: number;
  tasks: number;
  cached: number;
  /** Tasks turbo executed (cache misses), as `package#task`. */
  executed: string[];
}

export async function turboBuild(checkout: string, env: NodeJS.ProcessEnv): Promise<TurboBuild> {
  const turbo = join(checkout, "node_modules/.bin/turbo");
  const result = await runMeasured(
    turbo,
    ["run", "build", "--output-logs=hash-only", "--log-order=grouped"],
    {
      cwd: checkout,
      env: { TURBO_TELEMETRY_DISABLED: "1", DO_NOT_TRACK: "1", NO_COLOR: "1", FORCE_COLOR: "0", ...env },
    },
  );
  const output = result.stdout + result.stderr;
  const summary = /Cached:\s+(\d+) cached, (\d+) total/.exec(output);
  if (!summary) throw new Error(`turbo printed no cache summary:\n${output.slice(-1500)}`);
  const executed = [...output.matchAll(/^(\S+?):(\S+?): cache miss, executing/gm)].map(
    (m) => `${m[1]}#${m[2]}`,
  );
  return { ms: result.ms, tasks: Number(summary[2]), cached: Number(summary[1]), executed };
}
