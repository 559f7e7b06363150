// Runs the built `gong` (dist/bin.js) as a user does: a child process of this Node, with a fresh HOME, no
// XDG_CONFIG_HOME, and only the environment the test gives it. Nothing is mocked: it talks to a simulator or a
// test server over sockets.
import { type ChildProcess, execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll } from "vitest";

/** The `gong` executable as published: `bin.gong` of package.json. */
export const CLI_BIN = fileURLToPath(new URL("../../dist/bin.js", import.meta.url));

/** Credentials the tests use; the secret must never show in any output. */
export const ACCESS_KEY = "TESTKEY0123";
export const ACCESS_KEY_SECRET = "s3cr3t-V4lue+with/symbols";

/** The environment of an authenticated `gong` against `baseUrl`. */
export const credentialsEnv = (baseUrl: string): Record<string, string> => ({
  GONG_BASE_URL: baseUrl,
  GONG_ACCESS_KEY: ACCESS_KEY,
  GONG_ACCESS_KEY_SECRET: ACCESS_KEY_SECRET,
});

export interface GongRun {
  /** The exit code (null when killed by a signal). */
  code: number | null;
  signal: NodeJS.Signals | null;
  stdout: string;
  stderr: string;
}

export interface GongOptions {
  /** Added to PATH and HOME. */
  env?: Record<string, string>;
  /** HOME (default: a fresh temporary directory per file, removed after it). */
  home?: string;
  /** Written to standard input, which is then closed (closed at once when absent). */
  input?: string;
  cwd?: string;
}

const homes: string[] = [];
afterAll(async () => {
  await Promise.all(homes.splice(0).map((dir) => rm(dir, { recursive: true, force: true })));
});

/** A fresh, empty directory, removed after the test file. */
export async function tempDir(prefix = "gong-test-"): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), prefix));
  homes.push(dir);
  return dir;
}

let sharedHome: Promise<string> | undefined;

/** Starts `gong args…`; the caller waits for it with `finished`. */
export async function spawnGong(
  args: readonly string[],
  options: GongOptions = {},
): Promise<{ child: ChildProcess; finished: Promise<GongRun> }> {
  sharedHome ??= tempDir("gong-home-");
  const home = options.home ?? (await sharedHome);
  const env = { PATH: process.env.PATH ?? "", HOME: home, ...options.env };
  let resolveRun!: (run: GongRun) => void;
  const finished = new Promise<GongRun>((resolve) => {
    resolveRun = resolve;
  });
  const child = execFile(
    process.execPath,
    [CLI_BIN, ...args],
    { env, cwd: options.cwd ?? home, maxBuffer: 256 * 1024 * 1024, encoding: "utf8" },
    (error, stdout, stderr) => {
      const failed = error as (Error & { code?: unknown; signal?: NodeJS.Signals | null }) | null;
      resolveRun({
        code: failed === null ? 0 : typeof failed.code === "number" ? failed.code : null,
        signal: failed?.signal ?? null,
        stdout,
        stderr,
      });
    },
  );
  child.stdin?.on("error", () => {}); // a child that exits before reading its input
  child.stdin?.end(options.input);
  return { child, finished };
}

/** Runs `gong args…` to its end. */
export async function gong(args: readonly string[], options: GongOptions = {}): Promise<GongRun> {
  return (await spawnGong(args, options)).finished;
}

/** The one JSON object `gong` writes to a non-TTY stderr for an error. */
export function stderrError(
  run: GongRun,
): { name: string; message: string; exitCode: number } & Record<string, unknown> {
  const lines = run.stderr.trim().split("\n");
  if (lines.length !== 1) throw new Error(`stderr is not one line:\n${run.stderr}`);
  return (JSON.parse(lines[0]!) as { error: never }).error;
}
