// The built `gong` (packages/cli/dist/bin.js), run with this process's Node. Found by its place in the
// repository: the bench builds everything first (`pnpm bench` runs `turbo run build`).
import { spawn } from "node:child_process";
import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";

export const GONG_BIN = fileURLToPath(new URL("../../../../packages/cli/dist/bin.js", import.meta.url));

export function assertGongBuilt(): void {
  if (!existsSync(GONG_BIN)) throw new Error(`${GONG_BIN} is missing: run \`pnpm build\` at the root first`);
}

export interface Exited {
  /** Wall time from spawn to exit, in ms. */
  ms: number;
  code: number | null;
  stdout: string;
  stderr: string;
}

/** Runs `node args…` with this process's Node to its exit, timed from spawn to exit. */
export function runNode(args: readonly string[], env: NodeJS.ProcessEnv = process.env): Promise<Exited> {
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn(process.execPath, args, { env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.on("data", (chunk: Buffer) => {
      stdout += chunk;
    });
    child.stderr.on("data", (chunk: Buffer) => {
      stderr += chunk;
    });
    child.on("error", reject);
    child.on("exit", (code) => {
      const ms = performance.now() - started;
      // The streams may still hold the last bytes: wait for them, but time the exit.
      child.on("close", () => resolve({ ms, code, stdout, stderr }));
    });
  });
}
