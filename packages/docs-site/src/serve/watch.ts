import { type FSWatcher, watch } from "node:fs";
import { join } from "node:path";

export interface WatchOptions {
  /** Quiet time after the last change before `onChange` runs (editors write files in bursts). */
  debounceMs?: number;
  /** Paths (relative to the watched folder) to ignore, e.g. build output the rebuild itself writes. */
  ignore?: RegExp;
}

/**
 * Calls `onChange` with the changed files after changes under `folders` settle. Runs never overlap:
 * changes made during a run trigger one more run after it.
 */
export function watchFolders(
  folders: string[],
  onChange: (changed: string[]) => Promise<void>,
  { debounceMs = 150, ignore = /(^|[/\\])(dist|node_modules|\.turbo)([/\\]|$)/ }: WatchOptions = {},
): { close(): void } {
  const pending = new Set<string>();
  let timer: NodeJS.Timeout | undefined;
  let running = false;

  const run = async () => {
    timer = undefined;
    if (running) return;
    running = true;
    const changed = [...pending];
    pending.clear();
    try {
      await onChange(changed);
    } finally {
      running = false;
      if (pending.size > 0) schedule();
    }
  };
  const schedule = () => {
    clearTimeout(timer);
    timer = setTimeout(run, debounceMs);
  };
  const watchers: FSWatcher[] = folders.map((folder) =>
    watch(folder, { recursive: true }, (_event, file) => {
      if (file === null || ignore.test(file)) return;
      pending.add(join(folder, file));
      if (!running) schedule();
    }),
  );
  return {
    close() {
      clearTimeout(timer);
      for (const watcher of watchers) watcher.close();
    },
  };
}
