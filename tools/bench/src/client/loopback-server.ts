import { once } from "node:events";
import { Worker } from "node:worker_threads";

export interface LoopbackServer {
  baseUrl: string;
  close(): Promise<void>;
}

/** Starts the loopback server on a worker thread, so it never shares the benchmark's event loop. */
export async function startLoopbackServer(): Promise<LoopbackServer> {
  const worker = new Worker(new URL("./loopback-worker.ts", import.meta.url));
  const [port] = (await once(worker, "message")) as [number];
  if (!port) throw new Error("the loopback server did not start");
  return {
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      const exited = once(worker, "exit");
      worker.postMessage("close");
      await exited;
    },
  };
}
