// The API changelog's model: what src/changelog/read-changelog.ts reads from git and `redocly diff`, and what
// the page, its Markdown twin and the Atom feed render.
import type { BumpLevel } from "@gongkit/spec-changeset/bump-level";

export type ChangeKind = "added" | "changed" | "removed";

/** An operation (or webhook) a change is in: the one the reference page of `method` + `path` documents. */
export interface ChangedOperation {
  /** Lower case; absent for a change to the whole path (its shared parameters, say). */
  method?: string;
  /** The path, or the webhook's name. */
  path: string;
  webhook?: boolean;
}

/** One line of the changelog. */
export interface ApiChange {
  kind: ChangeKind;
  /** `redocly diff` rates it major: code written against the previous release may break. */
  breaking: boolean;
  /** Absent for a change outside operations and webhooks (a group, a security scheme, `info`). */
  operation?: ChangedOperation;
  /** What changed, as inline Markdown without the operation: "field `user.title` in the 200 response". */
  subject: string;
  /** Redocly's own explanation, when it gives one: "Enum of `status` gained values: 'Finished'." */
  note?: string;
}

/** What a version changed, as `redocly diff` rates it. */
export interface ChangeSet {
  level: BumpLevel;
  changes: ApiChange[];
  /** Set when the changes could not be computed (an old spec Redocly cannot bundle, say): the build goes on. */
  error?: string;
}

export interface Release extends ChangeSet {
  /** The git tag, e.g. `@gongkit/types@0.2.0`. */
  tag: string;
  version: string;
  /** The tagged commit's date, ISO 8601. */
  date: string;
  /** The version it is compared with; null for the first release, which lists its size instead. */
  previous: string | null;
  /** The first release only: how much API it shipped. */
  size?: { operations: number; groups: number };
}

/** Why a changelog lists no release. */
export type NoRelease = "no-tags" | "shallow-clone" | "no-git" | "unreadable";

export interface Changelog {
  /** Newest first. */
  releases: Release[];
  /** The working tree's spec against the latest release, when they differ. */
  unreleased: (ChangeSet & { since: string }) | null;
  /** Set when `releases` is empty. */
  noRelease?: NoRelease;
  /** What went wrong when the history was `unreadable`. */
  error?: string;
  /** The last commit's date: the feed's `updated` when there is no release. */
  headDate: string | null;
  /** Diffs computed by this read rather than taken from the cache (0 on a warm cache). */
  computed: number;
}

/** A changelog that lists no release: what a site built from a spec outside any repository shows. */
export function unreleasedChangelog(
  noRelease: NoRelease = "no-git",
  headDate: string | null = null,
): Changelog {
  return { releases: [], unreleased: null, noRelease, headDate, computed: 0 };
}
