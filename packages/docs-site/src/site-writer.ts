import { once } from "node:events";
import { mkdirSync, rmSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";
import { Worker } from "node:worker_threads";

/** Pages rendered ahead of the writing thread at most: bounds the memory of a large build. */
const maxQueued = 64;
const stallMs = 20_000;

/**
 * Writes the site's files into a staging folder as they are rendered, then swaps the folder in for
 * the real output. Creating a file costs the kernel about as much as rendering a page, so a thread
 * does it while the main thread renders the next page.
 */
export class SiteWriter {
  readonly dir: string;
  /** Files written, relative to the site root. */
  readonly files: string[] = [];
  readonly #folders = new Set<string>();
  readonly #progress = new Int32Array(new SharedArrayBuffer(8));
  readonly #thread: Worker;
  /** The first write's failure (or the thread's own), as the thread reports it. */
  readonly #failure: Promise<string>;

  constructor(dir: string) {
    this.dir = dir;
    rmSync(dir, { recursive: true, force: true });
    this.#thread = new Worker(new URL("./site-writer-thread.ts", import.meta.url), {
      workerData: this.#progress.buffer,
    });
    this.#failure = once(this.#thread, "message").then(
      ([message]) => String(message),
      (error: Error) => error.message,
    );
  }

  write(file: string, content: string): void {
    const path = join(this.dir, file);
    const folder = dirname(path);
    if (!this.#folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.#folders.add(folder);
    }
    this.#thread.postMessage({ path, content });
    this.files.push(file);
    this.#waitUntilQueued(maxQueued);
  }

  /** Waits for every write, then replaces `outDir` with what was written. */
  async replace(outDir: string): Promise<void> {
    this.#waitUntilQueued(0);
    await this.close();
    if (Atomics.load(this.#progress, 1) === 1)
      throw new Error(`writing the site failed: ${await this.#failure}`);
    await rm(outDir, { recursive: true, force: true });
    await rename(this.dir, outDir);
  }

  /** Stops the writing thread (a failed build calls this before removing the staging folder). */
  async close(): Promise<void> {
    await this.#thread.terminate();
  }

  #waitUntilQueued(limit: number): void {
    let written = Atomics.load(this.#progress, 0);
    while (this.files.length - written > limit) {
      if (Atomics.wait(this.#progress, 0, written, stallMs) === "timed-out") {
        throw new Error(
          `writing the site stalled: ${written} of ${this.files.length} files in ${stallMs} ms`,
        );
      }
      written = Atomics.load(this.#progress, 0);
    }
  }
}
