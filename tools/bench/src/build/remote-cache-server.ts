// A self-hosted turbo remote cache (turborepo-remote-cache from npm) on 127.0.0.1, an ephemeral
// port, local storage in a throwaway folder and a random token that is never printed.
import { type ChildProcess, spawn } from "node:child_process";
import { randomBytes } from "node:crypto";
import { once } from "node:events";
import { packageBin } from "../package-bin.ts";

export interface RemoteCacheServer {
  /** What turbo needs: TURBO_API, TURBO_TOKEN, TURBO_TEAM. */
  env: { TURBO_API: string; TURBO_TOKEN: string; TURBO_TEAM: string };
  stop(): Promise<void>;
}

export async function startRemoteCache(storageDir: string): Promise<RemoteCacheServer> {
  const token = randomBytes(24).toString("hex");
  const child = spawn(process.execPath, [packageBin("turborepo-remote-cache")], {
    env: {
      PATH: process.env.PATH,
      NODE_ENV: "production",
      HOST: "127.0.0.1",
      PORT: "0",
      STORAGE_PROVIDER: "local",
      STORAGE_PATH: storageDir,
      STORAGE_PATH_USE_TMP_FOLDER: "false",
      TURBO_TOKEN: token,
      LOG_LEVEL: "info",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  const url = await listeningUrl(child);
  return {
    env: { TURBO_API: url, TURBO_TOKEN: token, TURBO_TEAM: "team_gongkit_bench" },
    async stop() {
      if (child.exitCode !== null) return;
      const exited = once(child, "exit");
      child.kill("SIGTERM");
      await exited;
    },
  };
}

/** Waits for Fastify's "Server listening at http://127.0.0.1:<port>" log line. */
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
      const match = /Server listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
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
