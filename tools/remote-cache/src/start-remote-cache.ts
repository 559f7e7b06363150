// A self-hosted turbo remote cache: turborepo-remote-cache from npm, local storage, a bearer token.
// By default on 127.0.0.1, an ephemeral port and a random token that is never printed.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";

export interface RemoteCacheOptions {
  /** Where artifacts are stored (created if missing). */
  storageDir: string;
  /** Default 127.0.0.1. */
  host?: string | undefined;
  /** Default 0: an ephemeral port. */
  port?: number | undefined;
  /** The bearer token clients must send (TURBO_TOKEN). Default: 24 random bytes, hex. */
  token?: string | undefined;
  /** The team slug clients send (TURBO_TEAM); artifacts are stored per team. */
  team?: string | undefined;
}

export interface RemoteCacheServer {
  /** What turbo needs: TURBO_API, TURBO_TOKEN, TURBO_TEAM. */
  env: { TURBO_API: string; TURBO_TOKEN: string; TURBO_TEAM: string };
  stop(): Promise<void>;
}

export async function startRemoteCache(options: RemoteCacheOptions): Promise<RemoteCacheServer> {
  const token = options.token ?? randomBytes(24).toString("hex");
  const child = spawn(process.execPath, [serverScript()], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: options.host ?? "127.0.0.1",
      PORT: String(options.port ?? 0),
      STORAGE_PROVIDER: "local",
      STORAGE_PATH: options.storageDir,
      STORAGE_PATH_USE_TMP_FOLDER: "false",
      TURBO_TOKEN: token,
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await listeningUrl(child);
  return {
    env: { TURBO_API: url, TURBO_TOKEN: token, TURBO_TEAM: options.team ?? "team_gongkit" },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** turborepo-remote-cache's CLI script, run with this process's Node whatever PATH says. */
function serverScript(): string {
  const manifest = createRequire(import.meta.url).resolve("turborepo-remote-cache/package.json");
  const { bin } = JSON.parse(readFileSync(manifest, "utf8")) as { bin: Record<string, string> };
  return join(dirname(manifest), bin["turborepo-remote-cache"]!);
}

/** Waits for Fastify's "Server listening at http://<host>:<port>" log line. */
function listeningUrl(child: ChildProcess): Promise<string> {
  return new Promise((resolve, reject) => {
    let output = "";
    const timer = setTimeout(() => fail(new Error("turborepo-remote-cache did not start in 45 s")), 45_000);
    const fail = (error: Error) => {
      clearTimeout(timer);
      child.kill("SIGTERM");
      reject(error);
    };
    child.stdout?.on("data", (chunk: Buffer) => {
      output += chunk;
      const match = /Server listening at (http:\/\/[^\s"]+:\d+)/.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.stderr?.on("data", (chunk: Buffer) => {
      output += chunk;
    });
    child.once("exit", (code) =>
      fail(new Error(`turborepo-remote-cache exited ${code}: ${output.slice(-500)}`)),
    );
  });
}
