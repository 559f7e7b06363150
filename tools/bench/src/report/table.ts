/** A Markdown table (also readable as plain text in a terminal). */
export function table(header: string[], rows: (string | number)[][]): string {
  const lines = [header, header.map(() => "---"), ...rows.map((row) => row.map(String))];
  return lines.map((cells) => `| ${cells.join(" | ")} |`).join("\n");
}

export const us = (value: number) => `${value.toFixed(1)} µs`;
export const ms = (value: number) =>
  value >= 1000 ? `${(value / 1000).toFixed(2)} s` : `${Math.round(value)} ms`;
export const x = (value: number) => `${value.toFixed(2)}x`;
export const mib = (value: number | undefined) => (value === undefined ? "n/a" : `${Math.round(value)} MiB`);
export const kb = (bytes: number) => `${(bytes / 1024).toFixed(1)} KB`;
