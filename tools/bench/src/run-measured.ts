// Runs one command as a child process and reports its wall time and peak memory: the largest
// peak RSS of any Node process it started (each reports its own through rss-probe.ts).
import { spawn } from "node:child_process";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";

export interface Measured {
  ms: number;
  /** Peak RSS in MiB of the hungriest Node process of the command; undefined if none reported. */
  peakRssMiB: number | undefined;
  stdout: string;
  stderr: string;
}

export interface RunOptions {
  cwd: string;
  env?: NodeJS.ProcessEnv;
  /** Kills the command after this long and fails with CommandFailed("timeout"). */
  timeoutMs?: number;
}

/** A command that exited non-zero, ran out of memory or was stopped at its time limit. */
export class CommandFailed extends Error {
  readonly reason: "exit" | "out of memory" | "timeout";
  readonly ms: number;

  constructor(reason: CommandFailed["reason"], ms: number, message: string) {
    super(message);
    this.reason = reason;
    this.ms = ms;
  }
}

const PROBE = new URL("./rss-probe.ts", import.meta.url).href;

/** Runs `command args`, failing with its output if it exits non-zero. */
export async function runMeasured(command: string, args: string[], options: RunOptions): Promise<Measured> {
  const probeDir = await mkdtemp(join(tmpdir(), "gongkit-rss-"));
  const rssFile = join(probeDir, "rss");
  const env = { ...process.env, ...options.env };
  env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ""} --import=${PROBE}`.trim();
  env.GONGKIT_BENCH_RSS_FILE = rssFile;
  try {
    const started = performance.now();
    const { code, stdout, stderr } = await new Promise<{
      code: number | null;
      stdout: string;
      stderr: string;
    }>((resolve, reject) => {
      const child = spawn(command, args, { cwd: options.cwd, env, stdio: ["ignore", "pipe", "pipe"] });
      const timer =
        options.timeoutMs === undefined
          ? undefined
          : setTimeout(() => child.kill("SIGKILL"), options.timeoutMs);
      let stdout = "";
      let stderr = "";
      child.stdout.on("data", (chunk: Buffer) => {
        stdout += chunk;
      });
      child.stderr.on("data", (chunk: Buffer) => {
        stderr += chunk;
      });
      child.on("error", reject);
      child.on("close", (exitCode) => {
        clearTimeout(timer);
        resolve({ code: exitCode, stdout, stderr });
      });
    });
    const ms = performance.now() - started;
    if (code !== 0) {
      const reason = /heap out of memory/.test(stderr)
        ? "out of memory"
        : options.timeoutMs !== undefined && ms >= options.timeoutMs
          ? "timeout"
          : "exit";
      const output = `${stdout.slice(-2000)}\n${stderr.slice(-2000)}`;
      throw new CommandFailed(
        reason,
        ms,
        `${command} ${args.join(" ")} exited ${code} (${reason})\n${output}`,
      );
    }
    const reported = await readFile(rssFile, "utf8").catch(() => "");
    const peaks = reported.split("\n").filter(Boolean).map(Number);
    return { ms, peakRssMiB: peaks.length === 0 ? undefined : Math.max(...peaks) / 1024, stdout, stderr };
  } finally {
    await rm(probeDir, { recursive: true, force: true });
  }
}
