import { execFile } from "node:child_process";

export interface CommandResult {
  code: number;
  output: string;
}

/** Runs a command to completion and returns its exit code with stdout and stderr together; never throws. */
export function runCommand(
  command: string,
  args: string[],
  options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number },
): Promise<CommandResult> {
  return new Promise((resolve) => {
    execFile(
      command,
      args,
      {
        cwd: options.cwd,
        env: options.env ?? process.env,
        maxBuffer: 64 * 1024 * 1024,
        // A stalled step (npm retrying a registry it cannot reach) fails the check instead of hanging it.
        timeout: options.timeoutMs ?? 180_000,
        killSignal: "SIGKILL",
      },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === "number" ? error.code : 1) : 0;
        const killed = error?.killed ? `\n(stopped after ${options.timeoutMs ?? 180_000} ms)` : "";
        resolve({ code, output: `${stdout}${stderr}${killed}`.trim() });
      },
    );
  });
}
