import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { rename, rm } from "node:fs/promises";
import { dirname, join } from "node:path";

/**
 * Writes the site's files into a staging folder as they are rendered (synchronously: thousands of
 * small files go faster that way than through promises, and nothing else runs meanwhile), then
 * swaps the folder in for the real output.
 */
export class SiteWriter {
  readonly dir: string;
  /** Files written, relative to the site root. */
  readonly files: string[] = [];
  readonly #folders = new Set<string>();

  constructor(dir: string) {
    this.dir = dir;
    rmSync(dir, { recursive: true, force: true });
  }

  write(file: string, content: string): void {
    const path = join(this.dir, file);
    const folder = dirname(path);
    if (!this.#folders.has(folder)) {
      mkdirSync(folder, { recursive: true });
      this.#folders.add(folder);
    }
    writeFileSync(path, content);
    this.files.push(file);
  }

  /** Replaces `outDir` with what was written. */
  async replace(outDir: string): Promise<void> {
    await rm(outDir, { recursive: true, force: true });
    await rename(this.dir, outDir);
  }
}
