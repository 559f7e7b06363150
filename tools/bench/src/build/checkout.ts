// A clean clone of the repo's committed HEAD in a temp dir, installed from the pnpm store: the
// build bench edits and builds there, never in the working tree.
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { runMeasured } from "../run-measured.ts";

const run = promisify(execFile);

/** pnpm as `pnpm bench` was started with (npm_execpath), else the one on PATH. */
function pnpmCommand(): [string, string[]] {
  const execPath = process.env.npm_execpath;
  if (execPath && /\.c?js$/.test(execPath)) return [process.execPath, [execPath]];
  return ["pnpm", []];
}

export interface Checkout {
  dir: string;
  /** The commit checked out. */
  commit: string;
  installMs: number;
}

/** Clones `repoRoot` at `commit` (default: its HEAD) into `dir` and installs it. */
export async function cloneAndInstall(repoRoot: string, dir: string, commit?: string): Promise<Checkout> {
  await run("git", ["clone", "--quiet", "--no-local", repoRoot, dir]);
  if (commit !== undefined) await run("git", ["checkout", "--quiet", "--detach", commit], { cwd: dir });
  const { stdout: head } = await run("git", ["rev-parse", "HEAD"], { cwd: dir });
  const [pnpm, prefix] = pnpmCommand();
  // The store already holds every package of the lockfile: no network, and the lockfile must match.
  const install = await runMeasured(pnpm, [...prefix, "install", "--frozen-lockfile", "--offline"], {
    cwd: dir,
    env: { CI: "1" },
  });
  return { dir, commit: head.trim(), installMs: install.ms };
}

export async function repoRootOf(dir: string): Promise<string> {
  const { stdout } = await run("git", ["rev-parse", "--show-toplevel"], { cwd: dir });
  return stdout.trim();
}
