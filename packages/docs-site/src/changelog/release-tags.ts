// The API's releases are the git tags Changesets makes when it publishes. Types and client are versioned
// together (the `fixed` group in .changeset/config.json), so the types package's tags stand for both.
import { execFile } from "node:child_process";

/** A release tag is this prefix and a semver version: `@gongkit/types@0.2.0`. */
export const releaseTagPrefix = "@gongkit/types@";

export interface ReleaseTag {
  tag: string;
  version: string;
  /** The tagged commit (an annotated tag peeled). */
  commit: string;
  /** The tagged commit's committer date, ISO 8601. */
  date: string;
  /** The git tree of spec/ at the tag: it names the spec's content, so it keys the cache. */
  specTree: string;
}

export interface Repository {
  /** Release tags with a spec/openapi.yaml, oldest first. */
  tags: ReleaseTag[];
  /** A shallow clone (CI's default checkout) may lack tags it would otherwise have. */
  shallow: boolean;
  /** HEAD's committer date; null in a repository without commits. */
  headDate: string | null;
}

/** Runs git in `cwd` with `input` on stdin and resolves with its stdout. */
export function git(cwd: string, args: string[], input = ""): Promise<string> {
  return new Promise((resolve, reject) => {
    const child = execFile("git", args, { cwd, maxBuffer: 16 * 1024 * 1024 }, (error, stdout) =>
      error ? reject(error) : resolve(stdout),
    );
    // A command that reads no stdin may exit before it is written: its exit status is what counts.
    child.stdin?.on("error", () => {});
    child.stdin?.end(input);
  });
}

/** The repository's release tags and state; null when `repoRoot` is not in a git work tree (or git is missing). */
export async function readRepository(
  repoRoot: string,
  prefix = releaseTagPrefix,
): Promise<Repository | null> {
  const fields = [
    "refname:strip=2",
    "objectname",
    "*objectname",
    "committerdate:iso-strict",
    "*committerdate:iso-strict",
  ];
  // Independent commands run at once: on a busy machine each git process takes tens of milliseconds to start.
  const [shallow, headDate, refs] = await Promise.all([
    git(repoRoot, ["rev-parse", "--is-shallow-repository"]).then(
      (out) => out.trim() === "true",
      () => null,
    ),
    git(repoRoot, ["log", "-1", "--format=%cI"]).then(
      (out) => out.trim() || null,
      () => null,
    ),
    git(repoRoot, [
      "for-each-ref",
      `--format=${fields.map((f) => `%(${f})`).join("%00")}`,
      `refs/tags/${prefix}*`,
    ]).catch(() => ""),
  ]);
  if (shallow === null) return null;
  const tagged = refs
    .split("\n")
    .filter(Boolean)
    .map((line) => {
      const [tag = "", object = "", peeled, date = "", peeledDate] = line.split("\0");
      return { tag, version: tag.slice(prefix.length), commit: peeled || object, date: peeledDate || date };
    })
    .filter((t) => t.tag.startsWith(prefix) && semver.test(t.version));
  const trees = await specTrees(
    repoRoot,
    tagged.map((t) => t.commit),
  );
  const tags = tagged
    .flatMap((t, i) => (trees[i] ? [{ ...t, specTree: trees[i] }] : []))
    .sort((a, b) => compareVersions(a.version, b.version));
  return { tags, shallow, headDate };
}

/** The tree of spec/ at each commit, or null where the commit has no spec/openapi.yaml: one git call for all. */
async function specTrees(repoRoot: string, commits: string[]): Promise<(string | null)[]> {
  if (commits.length === 0) return [];
  const input = commits.map((c) => `${c}:spec\n${c}:spec/openapi.yaml\n`).join("");
  const lines = (await git(repoRoot, ["cat-file", "--batch-check"], input)).split("\n");
  return commits.map((_, i) => {
    const [tree, type] = lines[2 * i]!.split(" ");
    const [, entryType] = lines[2 * i + 1]!.split(" ");
    return type === "tree" && entryType === "blob" ? tree! : null;
  });
}

const semver = /^(\d+)\.(\d+)\.(\d+)(?:-([0-9A-Za-z.-]+))?(?:\+[0-9A-Za-z.-]+)?$/;

/** Semver precedence (semver.org, item 11): 0.10.0 after 0.9.0, 1.0.0-next.1 before 1.0.0. */
export function compareVersions(a: string, b: string): number {
  const [, ...pa] = semver.exec(a) ?? [];
  const [, ...pb] = semver.exec(b) ?? [];
  for (let i = 0; i < 3; i++) {
    const d = Number(pa[i]) - Number(pb[i]);
    if (d !== 0) return d;
  }
  const [preA, preB] = [pa[3], pb[3]];
  if (preA === undefined || preB === undefined) return preA === preB ? 0 : preA === undefined ? 1 : -1;
  const ia = preA.split(".");
  const ib = preB.split(".");
  for (let i = 0; i < Math.min(ia.length, ib.length); i++) {
    const [x, y] = [ia[i]!, ib[i]!];
    if (x === y) continue;
    const [nx, ny] = [/^\d+$/.test(x), /^\d+$/.test(y)];
    if (nx && ny) return Number(x) - Number(y);
    if (nx !== ny) return nx ? -1 : 1;
    return x < y ? -1 : 1;
  }
  return ia.length - ib.length;
}
