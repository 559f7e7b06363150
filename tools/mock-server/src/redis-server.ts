// A real redis-server (Debian's; REDIS_SERVER points at another) for tests and the bench: on a free
// 127.0.0.1 port, persistence off, stopped after.
// It can be killed and started again on the same port, empty, as a restarted Redis without its data is.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createServer } from "node:net";

export interface RedisServer {
  url: string;
  port: number;
  /** SIGKILL: Redis gone at once, as a crashed server. */
  kill(): Promise<void>;
  /** Starts it again on the same port, with no data. */
  start(): Promise<void>;
  stop(): Promise<void>;
}

const REDIS_SERVER = process.env.REDIS_SERVER ?? "/usr/bin/redis-server";

async function freePort(): Promise<number> {
  const probe = createServer();
  probe.listen(0, "127.0.0.1");
  await once(probe, "listening");
  const { port } = probe.address() as { port: number };
  probe.close();
  await once(probe, "close");
  return port;
}

export async function startRedis(): Promise<RedisServer> {
  const port = await freePort();
  let child: ChildProcess | undefined;
  const start = async () => {
    const process = spawn(
      REDIS_SERVER,
      [
        "--port",
        String(port),
        "--bind",
        "127.0.0.1",
        "--save",
        "",
        "--appendonly",
        "no",
        "--protected-mode",
        "no",
      ],
      { stdio: ["ignore", "pipe", "pipe"] },
    );
    child = process;
    // Ready when it says so: the event awaited, not a guess of how long a start takes.
    await new Promise<void>((resolve, reject) => {
      let output = "";
      const onData = (chunk: Buffer) => {
        output += chunk;
        if (output.includes("Ready to accept connections")) {
          process.stdout?.off("data", onData);
          process.stdout?.resume();
          resolve();
        }
      };
      process.stdout?.on("data", onData);
      process.stderr?.resume();
      process.once("exit", (code) =>
        reject(new Error(`redis-server exited (${code}) before it was ready:\n${output}`)),
      );
    });
  };
  const end = async (signal: NodeJS.Signals) => {
    const running = child;
    child = undefined;
    if (running === undefined || running.exitCode !== null) return;
    const exited = once(running, "exit");
    running.kill(signal);
    await exited;
  };
  await start();
  return {
    url: `redis://127.0.0.1:${port}`,
    port,
    kill: () => end("SIGKILL"),
    start,
    stop: () => end("SIGTERM"),
  };
}
