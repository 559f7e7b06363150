// Printing results: JSON (lossless: 64-bit ids are strings with every digit), JSON lines streamed page by
// page, or a table for people at a terminal.

export interface Out {
  write(text: string): Promise<void>;
  /** Whether standard output is a terminal (lists default to a table there). */
  terminal: boolean;
  /** The terminal's width, for tables. */
  columns: number;
}

export const json = (value: unknown) => `${JSON.stringify(value, null, 2)}\n`;

/** A table of the items' scalar fields, in the order they first appear, cut to the terminal's width. */
export function table(items: readonly unknown[], width: number): string {
  const rows = items.map((item) =>
    item !== null && typeof item === "object" ? (item as Record<string, unknown>) : { value: item },
  );
  const keys: string[] = [];
  for (const row of rows.slice(0, 50)) {
    for (const [key, value] of Object.entries(row)) {
      if (!keys.includes(key) && (value === null || typeof value !== "object")) keys.push(key);
    }
  }
  if (keys.length === 0)
    return rows.length === 0
      ? "(no items)\n"
      : rows
          .map((row) => JSON.stringify(row))
          .join("\n")
          .concat("\n");
  const cell = (value: unknown) => {
    const text = value === undefined || value === null ? "" : String(value).replace(/\s+/g, " ");
    return text.length > 40 ? `${text.slice(0, 39)}…` : text;
  };
  const cells = [keys, ...rows.map((row) => keys.map((key) => cell(row[key])))];
  const widths = keys.map((_, i) => Math.max(...cells.map((line) => line[i]!.length)));
  // The columns that fit the terminal, in order; the rest are left out (-o json has them all).
  let used = 0;
  let shown = 0;
  for (const w of widths) {
    used += w + 2;
    if (used > Math.max(width, 40)) break;
    shown++;
  }
  shown ||= 1;
  return cells
    .map((line) =>
      line
        .slice(0, shown)
        .map((text, i) => text.padEnd(widths[i]!))
        .join("  ")
        .trimEnd(),
    )
    .join("\n")
    .concat("\n");
}
