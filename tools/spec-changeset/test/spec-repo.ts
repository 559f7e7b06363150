import { execFileSync } from "node:child_process";
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const repoRoot = new URL("../../../", import.meta.url).pathname;

/** A throwaway git repository holding a copy of this repo's spec/ and changeset config, committed on main. */
export function createSpecRepo() {
  const root = mkdtempSync(join(tmpdir(), "gongkit-spec-repo-"));
  const git = (...args: string[]) =>
    execFileSync("git", args, { cwd: root, encoding: "utf8", stdio: ["ignore", "pipe", "pipe"] });
  cpSync(join(repoRoot, "spec"), join(root, "spec"), {
    recursive: true,
    filter: (source) => !/\/(node_modules|dist|test)(\/|$)/.test(source.slice(repoRoot.length)),
  });
  mkdirSync(join(root, ".changeset"));
  cpSync(join(repoRoot, ".changeset", "config.json"), join(root, ".changeset", "config.json"));
  git("init", "-q", "-b", "main");
  git("add", ".");
  git("-c", "user.name=test", "-c", "user.email=test@example.com", "commit", "-qm", "base");
  return {
    root,
    /** Rewrites a file under spec/ with `edit`. */
    editSpec(file: string, edit: (text: string) => string) {
      const path = join(root, "spec", file);
      writeFileSync(path, edit(readFileSync(path, "utf8")));
    },
    readChangeset(id: string) {
      return readFileSync(join(root, ".changeset", `${id}.md`), "utf8");
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
