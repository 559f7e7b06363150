// What an export remembers between runs, in DIR/.gong-export.json: how far its calls are complete, and the
// requests it made per UTC day (for the quota estimate). Replaced whole by a rename.
import { readFile, rename, writeFile } from "node:fs/promises";
import { join } from "node:path";

export interface ExportState {
  version: 1;
  /** Where the export began (the first run's --from). */
  from: string;
  /** Calls whose start is before this are exported (the look-back re-reads before it on the next run). */
  completedUntil: string | undefined;
  /** Requests made per UTC day ("2026-12-02" -> n). */
  requestsByDay: Record<string, number>;
}

export const stateFile = (dir: string) => join(dir, ".gong-export.json");

export async function loadState(dir: string): Promise<ExportState | undefined> {
  try {
    return JSON.parse(await readFile(stateFile(dir), "utf8")) as ExportState;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === "ENOENT") return undefined;
    throw new Error(`${stateFile(dir)} is not an export's state: remove it to start over`);
  }
}

export async function saveState(dir: string, state: ExportState): Promise<void> {
  const temp = `${stateFile(dir)}.${process.pid}.tmp`;
  await writeFile(temp, `${JSON.stringify(state, null, 2)}\n`);
  await rename(temp, stateFile(dir));
}
