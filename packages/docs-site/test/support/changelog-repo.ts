// A throwaway git repository with spec/openapi.yaml and release tags as Changesets makes them, for the
// changelog tests. Nothing is mocked: the changelog reads it with real git and real `redocly`.
import { execFileSync } from "node:child_process";
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const fixtures = new URL("../fixtures/changelog/", import.meta.url);

/** The fixture spec of a version (`0.1.0`, `0.2.0`): test/fixtures/changelog/<version>.yaml. */
export function fixtureSpec(version: string): string {
  return readFileSync(new URL(`${version}.yaml`, fixtures), "utf8");
}

export function createReleaseRepo() {
  const root = mkdtempSync(join(tmpdir(), "docs-site-changelog-"));
  let date = "";
  // The user's git config (signing, hooks, default branch) must not change what the tests see.
  const env = {
    ...process.env,
    GIT_CONFIG_GLOBAL: "/dev/null",
    GIT_CONFIG_NOSYSTEM: "1",
    GIT_AUTHOR_NAME: "test",
    GIT_AUTHOR_EMAIL: "test@example.com",
    GIT_COMMITTER_NAME: "test",
    GIT_COMMITTER_EMAIL: "test@example.com",
  };
  const git = (...args: string[]) =>
    execFileSync("git", args, {
      cwd: root,
      encoding: "utf8",
      stdio: ["ignore", "pipe", "pipe"],
      env: { ...env, GIT_AUTHOR_DATE: date, GIT_COMMITTER_DATE: date },
    });
  git("init", "-q", "-b", "main");
  mkdirSync(join(root, "spec"));
  return {
    root,
    git,
    /** Writes spec/openapi.yaml (uncommitted). */
    writeSpec(text: string) {
      writeFileSync(join(root, "spec", "openapi.yaml"), text);
    },
    /** Writes a file outside spec/ (uncommitted). */
    writeFile(path: string, text: string) {
      writeFileSync(join(root, path), text);
    },
    /** Commits everything with `when` as the author and committer date. */
    commit(message: string, when: string) {
      date = when;
      git("add", "-A");
      git("commit", "-qm", message);
    },
    /** Tags HEAD: lightweight, or annotated as `changeset publish` does. */
    tag(name: string, { annotated = false } = {}) {
      git("tag", ...(annotated ? ["-a", "-m", name] : []), name);
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}

export type ReleaseRepo = ReturnType<typeof createReleaseRepo>;
