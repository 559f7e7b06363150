// Runs size-limit (rolldown + gzip, as a consumer's bundler would) on .size-limit.json: the budget of
// @gongkit/client plus openapi-fetch. One definition for the test and for `pnpm bench`.
import { execFile } from "node:child_process";
import { fileURLToPath } from "node:url";
import { promisify } from "node:util";
import { packageBin } from "../package-bin.ts";

const run = promisify(execFile);
const packageDir = fileURLToPath(new URL("../../", import.meta.url));

export interface SizeCheck {
  name: string;
  /** Bytes, minified and gzipped, with every dependency bundled. */
  size: number;
  /** The budget in bytes; undefined for a figure measured only for comparison. */
  sizeLimit?: number;
  passed: boolean;
}

/** Every check of .size-limit.json, measured; a check over budget comes back with `passed: false`. */
export async function measureBundleSize(): Promise<SizeCheck[]> {
  const args = [packageBin("size-limit"), "--json"];
  // size-limit exits 1 when a check is over budget; its JSON still says which.
  const { stdout } = await run(process.execPath, args, { cwd: packageDir }).catch(
    (error: { stdout?: string; stderr?: string }) => {
      if (error.stdout?.trim().startsWith("[")) return { stdout: error.stdout };
      throw new Error(`size-limit failed: ${error.stderr ?? error}`);
    },
  );
  return JSON.parse(stdout) as SizeCheck[];
}

export function formatSize(check: SizeCheck): string {
  if (check.sizeLimit === undefined) return `${check.name}: ${check.size} B gzip`;
  return `${check.name}: ${check.size} B gzip (budget ${check.sizeLimit} B, ${check.passed ? "within" : "OVER"})`;
}
