// What `redocly bundle` and `redocly diff` computed for the changelog, kept between builds. Keys are git
// tree hashes and spec hashes, which name content, and every name starts with the version of what made
// it (see `cacheVersion` in read-changelog.ts): an entry is never stale, only unused, and then pruned.
import { mkdir, readdir, readFile, rename, rm, writeFile } from "node:fs/promises";
import { join } from "node:path";

export class ChangelogCache {
  readonly dir: string;
  readonly version: string;

  constructor(dir: string, version: string) {
    this.dir = dir;
    this.version = version;
  }

  /** The entry stored under `key`, or undefined. */
  async get<T>(key: string): Promise<T | undefined> {
    const text = await readFile(this.#file("diffs", key), "utf8").catch(() => undefined);
    return text === undefined ? undefined : (JSON.parse(text) as T);
  }

  /** Stores `value` under `key`; concurrent builds may write the same entry, so each write is a rename. */
  async set(key: string, value: unknown): Promise<void> {
    await this.#write(this.#file("diffs", key), JSON.stringify(value));
  }

  /** Where the bundle of the spec with git tree `tree` is kept. */
  bundleFile(tree: string): string {
    return this.#file("bundles", tree);
  }

  /** A path to write a bundle to before `keepBundle` renames it into place (`.json`: Redocly keeps to it). */
  async bundleDraft(): Promise<string> {
    await mkdir(join(this.dir, "bundles"), { recursive: true });
    return join(this.dir, "bundles", `draft-${process.pid}-${Math.random().toString(36).slice(2)}.json`);
  }

  async keepBundle(draft: string, tree: string): Promise<void> {
    await rename(draft, this.bundleFile(tree));
  }

  /** Deletes entries of other versions and every bundle but those of `trees` (the next unreleased diff's). */
  async prune(trees: Set<string>): Promise<void> {
    const keep = new Set([...trees].map((tree) => `${this.version}-${tree}.json`));
    const unused = async (folder: string, used: (file: string) => boolean) => {
      const files = await readdir(join(this.dir, folder)).catch(() => [] as string[]);
      const old = files.filter((file) => !file.startsWith("draft-") && !file.endsWith(".tmp") && !used(file));
      await Promise.all(old.map((file) => rm(join(this.dir, folder, file), { force: true })));
    };
    await unused("bundles", (file) => keep.has(file));
    await unused("diffs", (file) => file.startsWith(`${this.version}-`));
  }

  #file(folder: string, key: string): string {
    return join(this.dir, folder, `${this.version}-${key.replace(/[^\w.-]/g, "_")}.json`);
  }

  async #write(file: string, text: string): Promise<void> {
    await mkdir(join(file, ".."), { recursive: true });
    const draft = `${file}.${process.pid}-${Math.random().toString(36).slice(2)}.tmp`;
    await writeFile(draft, text);
    await rename(draft, file);
  }
}
