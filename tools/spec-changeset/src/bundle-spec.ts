import { execFile } from "node:child_process";
import { mkdtemp, rm } from "node:fs/promises";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { promisify } from "node:util";
import { redocly } from "./redocly.ts";

const run = promisify(execFile);

/** Where `spec/` is, relative to the repository root. */
export const specFolder = "spec";

/**
 * Bundles `spec/openapi.yaml` into one JSON file: from the working tree when `ref` is null, else as it was at
 * that git ref (extracted with `git archive`). Returns null when the ref has no spec yet.
 */
export async function bundleSpec(
  repoRoot: string,
  ref: string | null,
  outFile: string,
): Promise<string | null> {
  let root = join(repoRoot, specFolder);
  let extracted: string | undefined;
  if (ref !== null) {
    const hasSpec = await run("git", ["cat-file", "-e", `${ref}:${specFolder}/openapi.yaml`], {
      cwd: repoRoot,
    }).then(
      () => true,
      () => false,
    );
    if (!hasSpec) return null;
    extracted = await mkdtemp(join(tmpdir(), "gongkit-spec-"));
    await run(
      "sh",
      ["-c", `git archive --format=tar "$0" "$1" | tar -x -C "$2"`, ref, specFolder, extracted],
      {
        cwd: repoRoot,
      },
    );
    root = join(extracted, specFolder);
  }
  try {
    await redocly(["bundle", "openapi.yaml", "--output", outFile, "--ext", "json"], root);
  } finally {
    if (extracted !== undefined) await rm(extracted, { recursive: true, force: true });
  }
  return outFile;
}
