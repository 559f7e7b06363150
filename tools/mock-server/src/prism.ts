// Starts and stops Prism serving the bundled spec on 127.0.0.1: a mock Gong for `pnpm mock`,
// the example and the client's contract tests.
import { type ChildProcess, spawn } from "node:child_process";
import { once } from "node:events";
import { createRequire } from "node:module";
import { createServer } from "node:net";
import { dirname, join } from "node:path";

const require = createRequire(import.meta.url);

/** The bundled spec Prism serves (spec/dist/openapi.json, built by `pnpm build`). */
export const specPath = require.resolve("@gongkit/spec/openapi.json");

const prismPackage = require.resolve("@stoplight/prism-cli/package.json");
const prismCli = join(dirname(prismPackage), (require(prismPackage) as { bin: { prism: string } }).bin.prism);

export interface PrismOptions {
  /** Default: a free port chosen by the OS. */
  port?: number;
  /** Generate responses from the schemas (`-d`) instead of returning the spec's examples. */
  dynamic?: boolean;
  /** Where Prism's own log goes; default: kept, and printed only if Prism fails to start. */
  log?: (chunk: string) => void;
  /** How long to wait for "Prism is listening"; default 60 s. */
  startTimeoutMs?: number;
}

export interface RunningPrism {
  /** `http://127.0.0.1:<port>`, to use as the client's baseUrl. */
  url: string;
  /** Stops Prism and every process it started; resolves once it has exited. */
  stop(): Promise<void>;
}

/** Starts Prism in its own process group and resolves once it is listening. */
export async function startPrism(options: PrismOptions = {}): Promise<RunningPrism> {
  const port = options.port ?? (await freePort());
  const args = [
    prismCli,
    "mock",
    "-h",
    "127.0.0.1",
    "-p",
    String(port),
    ...(options.dynamic ? ["-d"] : []),
    specPath,
  ];
  const child = spawn(process.execPath, args, { detached: true, stdio: ["ignore", "pipe", "pipe"] });
  const url = `http://127.0.0.1:${port}`;
  const stop = () => stopProcessGroup(child);
  try {
    await waitUntilListening(child, options.log, options.startTimeoutMs ?? 60_000);
  } catch (error) {
    await stop();
    throw error;
  }
  return { url, stop };
}

function waitUntilListening(child: ChildProcess, log: PrismOptions["log"], timeoutMs: number): Promise<void> {
  return new Promise((resolve, reject) => {
    let output = "";
    const onData = (chunk: Buffer) => {
      const text = chunk.toString();
      log?.(text);
      output += text;
      if (output.includes("Prism is listening")) settle();
    };
    const onExit = (code: number | null) =>
      settle(new Error(`Prism exited (code ${code}) before listening:\n${output}`));
    const timer = setTimeout(
      () => settle(new Error(`Prism did not start within ${timeoutMs} ms:\n${output}`)),
      timeoutMs,
    );
    function settle(error?: Error) {
      clearTimeout(timer);
      child.off("exit", onExit);
      if (error) reject(error);
      else resolve();
    }
    child.stdout?.on("data", onData);
    child.stderr?.on("data", onData);
    child.once("exit", onExit);
  });
}

async function stopProcessGroup(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null || child.pid === undefined) return;
  const exited = once(child, "exit");
  try {
    process.kill(-child.pid, "SIGTERM");
  } catch {
    child.kill("SIGTERM");
  }
  const timer = setTimeout(() => {
    try {
      process.kill(-child.pid!, "SIGKILL");
    } catch {}
  }, 5_000);
  await exited;
  clearTimeout(timer);
  child.stdout?.destroy();
  child.stderr?.destroy();
}

/** A port that was free a moment ago (the OS picks it; Prism binds it right after). */
async function freePort(): Promise<number> {
  const server = createServer();
  server.listen(0, "127.0.0.1");
  await once(server, "listening");
  const address = server.address();
  server.close();
  await once(server, "close");
  if (address === null || typeof address === "string") throw new Error("Could not find a free port");
  return address.port;
}
