// An export's output files: JSON lines, one record per id, sorted by id, replaced whole by a rename so a
// reader (or a rerun after a kill) never sees a torn or half-merged file.
import { readFile, rename, writeFile } from "node:fs/promises";

/** The file's lines by id (an empty map for a missing file). */
export async function readById(
  path: string,
  idOf: (record: Record<string, unknown>) => unknown,
): Promise<Map<string, string>> {
  const lines = new Map<string, string>();
  let text: string;
  try {
    text = await readFile(path, "utf8");
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return lines;
    throw error;
  }
  for (const line of text.split("\n")) {
    if (line === "") continue;
    lines.set(String(idOf(JSON.parse(line) as Record<string, unknown>)), line);
  }
  return lines;
}

/** Numeric ids in numeric order (64-bit ids compared as bigints), anything else after, as text. */
function compareIds(a: string, b: string): number {
  const numeric = /^\d+$/;
  if (numeric.test(a) && numeric.test(b)) {
    const [x, y] = [BigInt(a), BigInt(b)];
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Writes `lines` sorted by id to a temporary file, then renames it over `path`. */
export async function replaceSorted(path: string, lines: Map<string, string>): Promise<void> {
  const ids = [...lines.keys()].sort(compareIds);
  const temp = `${path}.${process.pid}.tmp`;
  await writeFile(temp, ids.map((id) => `${lines.get(id)}\n`).join(""));
  await rename(temp, path);
}

/** Merges `fresh` (the latest versions) into the file at `path`: each id once, the latest read. */
export async function mergeInto(
  path: string,
  fresh: Map<string, string>,
  idOf: (record: Record<string, unknown>) => unknown,
): Promise<number> {
  if (fresh.size === 0) return 0;
  const lines = await readById(path, idOf);
  for (const [id, line] of fresh) lines.set(id, line);
  await replaceSorted(path, lines);
  return fresh.size;
}
