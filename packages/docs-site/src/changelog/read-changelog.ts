// The changelog from the repository: each release tag's spec bundled and diffed against the previous
// release's with the code `pnpm spec:changeset` rates a change with (tools/spec-changeset), plus the
// working tree's spec against the latest release. Redocly costs about 1.5 s a bundle and a diff on this
// spec, so every result is cached by the git trees it came from; a warm build runs only a few git commands.
import { createHash } from "node:crypto";
import { existsSync, readFileSync } from "node:fs";
import { mkdtemp, readFile, rm } from "node:fs/promises";
import { createRequire } from "node:module";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundleSpec } from "@gongkit/spec-changeset/bundle-spec";
import { diffSpec } from "@gongkit/spec-changeset/diff-spec";
import { groupOperations } from "../render/groups.ts";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { listOperations } from "../spec/operations.ts";
import { apiChanges } from "./api-changes.ts";
import { type Changelog, type ChangeSet, type Release, unreleasedChangelog } from "./changelog.ts";
import { ChangelogCache } from "./changelog-cache.ts";
import { git, type ReleaseTag, readRepository, releaseTagPrefix } from "./release-tags.ts";

export interface ReadChangelogOptions {
  /** The git work tree whose release tags and spec/ the changelog reads. */
  repoRoot: string;
  /** Where results are kept between builds. */
  cacheDir: string;
  /** The working tree's spec, bundled (the build's `@gongkit/spec/openapi.json`); bundled here when missing. */
  currentSpec?: string;
  tagPrefix?: string;
}

// Redocly runs at most this many at a time: one per core of the 2-core machine the build targets.
const maxRedoclyRuns = 2;

/**
 * Reads the changelog. Never throws: a repository without tags (a shallow CI clone, say) lists no release,
 * and a release whose diff fails says so on its own entry.
 */
export async function readChangelog(options: ReadChangelogOptions): Promise<Changelog> {
  try {
    return await read(options);
  } catch (error) {
    const changelog = unreleasedChangelog("unreadable");
    changelog.error = error instanceof Error ? error.message : String(error);
    return changelog;
  }
}

async function read({ repoRoot, cacheDir, currentSpec, tagPrefix = releaseTagPrefix }: ReadChangelogOptions) {
  const repo = await readRepository(repoRoot, tagPrefix);
  if (repo === null) return unreleasedChangelog("no-git");
  const latest = repo.tags.at(-1);
  if (latest === undefined)
    return unreleasedChangelog(repo.shallow ? "shallow-clone" : "no-tags", repo.headDate);

  const work = await mkdtemp(join(tmpdir(), "gongkit-changelog-"));
  const specs = new SpecHistory(repoRoot, new ChangelogCache(cacheDir, cacheVersion()), work);
  try {
    const releases = await Promise.all(repo.tags.map((tag, i) => readRelease(specs, tag, repo.tags[i - 1])));
    const unreleased = await readUnreleased(specs, latest, currentSpec);
    await specs.cache.prune(new Set([latest.specTree]));
    return {
      releases: releases.reverse(),
      unreleased,
      headDate: repo.headDate,
      computed: specs.computed,
    } satisfies Changelog;
  } finally {
    await rm(work, { recursive: true, force: true });
  }
}

/** A release against the one before it; the first release against nothing, so it lists its size. */
async function readRelease(specs: SpecHistory, tag: ReleaseTag, previous?: ReleaseTag): Promise<Release> {
  const release = { tag: tag.tag, version: tag.version, date: tag.date, previous: previous?.version ?? null };
  try {
    if (previous === undefined) {
      const size = await specs.cached(`first-${tag.specTree}`, async () => sizeOf(await specs.spec(tag)));
      return { ...release, level: "none", changes: [], size };
    }
    // A release of the packages alone (a client fix) leaves spec/ as it was.
    if (previous.specTree === tag.specTree) return { ...release, level: "none", changes: [] };
    const diff = await specs.cached(`${previous.specTree}-${tag.specTree}`, async () =>
      specs.diff(await specs.bundle(previous), await specs.bundle(tag), [previous, tag]),
    );
    return { ...release, ...diff };
  } catch (error) {
    return { ...release, level: "none", changes: [], error: messageOf(error) };
  }
}

/** The working tree's spec against the latest release; null when spec/ is as it was released. */
async function readUnreleased(
  specs: SpecHistory,
  latest: ReleaseTag,
  currentSpec: string | undefined,
): Promise<Changelog["unreleased"]> {
  if (!(await specChangedSince(specs.repoRoot, latest.commit))) return null;
  try {
    const current =
      currentSpec !== undefined && existsSync(currentSpec)
        ? currentSpec
        : await bundleSpec(specs.repoRoot, null, join(specs.work, "current.json"));
    if (current === null) throw new Error("the working tree has no spec/openapi.yaml");
    const sha256 = createHash("sha256")
      .update(await readFile(current))
      .digest("hex");
    const diff = await specs.cached(`${latest.specTree}-sha256-${sha256}`, async () =>
      specs.diff(await specs.bundle(latest), current, [latest, null]),
    );
    return diff.changes.length === 0 ? null : { since: latest.version, ...diff };
  } catch (error) {
    return { since: latest.version, level: "none", changes: [], error: messageOf(error) };
  }
}

/** True when spec/ in the working tree (tracked or new files) differs from `commit`'s. */
async function specChangedSince(repoRoot: string, commit: string): Promise<boolean> {
  const [tracked, untracked] = await Promise.all([
    git(repoRoot, ["diff", "--quiet", commit, "--", "spec"]).then(
      () => false,
      (error: { code?: number }) => {
        if (error.code === 1) return true;
        throw error;
      },
    ),
    git(repoRoot, ["ls-files", "--others", "--exclude-standard", "--", "spec"]),
  ]);
  return tracked || untracked.trim() !== "";
}

/**
 * What a cached result depends on besides the specs it came from: the code that turns Redocly's report into
 * lines, and Redocly's version. A change to either starts a fresh cache.
 */
function cacheVersion(): string {
  const hash = createHash("sha256");
  for (const file of ["./api-changes.ts", "./changelog.ts"])
    hash.update(readFileSync(new URL(file, import.meta.url)));
  const redocly = createRequire(import.meta.resolve("@gongkit/spec-changeset/diff-spec"));
  hash.update((redocly("@redocly/cli/package.json") as { version: string }).version);
  return hash.digest("hex").slice(0, 12);
}

function sizeOf(doc: OpenApiDocument): { operations: number; groups: number } {
  const operations = listOperations(doc);
  return { operations: operations.length, groups: groupOperations(doc, operations).length };
}

function messageOf(error: unknown): string {
  const text = error instanceof Error ? error.message : String(error);
  return text.split("\n")[0]!.slice(0, 300);
}

/** The specs of the releases, bundled once each, and diffs between them, through the cache. */
class SpecHistory {
  readonly repoRoot: string;
  readonly cache: ChangelogCache;
  readonly work: string;
  /** Results computed rather than read from the cache. */
  computed = 0;
  readonly #bundles = new Map<string, Promise<string>>();
  readonly #specs = new Map<string, Promise<OpenApiDocument>>();
  readonly #limit = limiter(maxRedoclyRuns);

  constructor(repoRoot: string, cache: ChangelogCache, work: string) {
    this.repoRoot = repoRoot;
    this.cache = cache;
    this.work = work;
  }

  /** The cached result under `key`, or `compute`'s, stored. */
  async cached<T>(key: string, compute: () => Promise<T>): Promise<T> {
    const hit = await this.cache.get<T>(key);
    if (hit !== undefined) return hit;
    const value = await compute();
    this.computed++;
    await this.cache.set(key, value);
    return value;
  }

  /** The bundled spec of a release (`redocly bundle` of spec/ at its commit), once per tree. */
  bundle(tag: ReleaseTag): Promise<string> {
    let bundle = this.#bundles.get(tag.specTree);
    if (bundle === undefined) {
      bundle = this.#bundleOnce(tag);
      this.#bundles.set(tag.specTree, bundle);
    }
    return bundle;
  }

  spec(tag: ReleaseTag): Promise<OpenApiDocument> {
    let spec = this.#specs.get(tag.specTree);
    if (spec === undefined) {
      spec = this.bundle(tag).then(readSpec);
      this.#specs.set(tag.specTree, spec);
    }
    return spec;
  }

  /** `redocly diff` of two bundles, as changelog lines; `tags` name the sides (null: the working tree). */
  async diff(baseFile: string, revisionFile: string, [base, revision]: [ReleaseTag, ReleaseTag | null]) {
    const { bump, changes } = await this.#limit(() => diffSpec(baseFile, revisionFile, this.work));
    const specs = {
      base: await this.spec(base),
      revision: revision === null ? await readSpec(revisionFile) : await this.spec(revision),
    };
    return { level: bump, changes: apiChanges(changes, specs) } satisfies ChangeSet;
  }

  async #bundleOnce(tag: ReleaseTag): Promise<string> {
    const file = this.cache.bundleFile(tag.specTree);
    if (existsSync(file)) return file;
    const draft = await this.cache.bundleDraft();
    const bundled = await this.#limit(() => bundleSpec(this.repoRoot, tag.commit, draft));
    if (bundled === null) throw new Error(`${tag.tag} has no spec/openapi.yaml`);
    await this.cache.keepBundle(draft, tag.specTree);
    return file;
  }
}

async function readSpec(file: string): Promise<OpenApiDocument> {
  return JSON.parse(await readFile(file, "utf8")) as OpenApiDocument;
}

/** Runs at most `max` tasks at once; the rest wait their turn in order. */
function limiter(max: number) {
  let active = 0;
  const waiting: (() => void)[] = [];
  return async <T>(task: () => Promise<T>): Promise<T> => {
    // A finished task hands its slot to the next waiting one, so no newcomer can slip in between.
    if (active < max) active++;
    else await new Promise<void>((resolve) => waiting.push(resolve));
    try {
      return await task();
    } finally {
      const next = waiting.shift();
      if (next) next();
      else active--;
    }
  };
}
