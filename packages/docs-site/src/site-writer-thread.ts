// The thread behind SiteWriter: writes each file it is sent and counts it in the shared progress array
// ([0] files handled, [1] set once a write failed; the failure itself is posted back).
import { writeFileSync } from "node:fs";
import { parentPort, workerData } from "node:worker_threads";

const progress = new Int32Array(workerData as SharedArrayBuffer);

parentPort!.on("message", ({ path, content }: { path: string; content: string }) => {
  try {
    writeFileSync(path, content);
  } catch (error) {
    if (Atomics.exchange(progress, 1, 1) === 0) parentPort!.postMessage((error as Error).message);
  }
  Atomics.add(progress, 0, 1);
  Atomics.notify(progress, 0);
});
