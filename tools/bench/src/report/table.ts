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
/** A growth in MiB to a tenth, with thousands separators: "+1,031.2 MiB". */
export const plusMib = (value: number) =>
  `${value < 0 ? "−" : "+"}${Math.abs(value).toLocaleString("en-US", { minimumFractionDigits: 1, maximumFractionDigits: 1 })} MiB`;
/** A file's size: "64 MiB", "1 GiB". */
export const fileSize = (bytes: number) =>
  bytes >= 2 ** 30 && bytes % 2 ** 30 === 0
    ? `${bytes / 2 ** 30} GiB`
    : `${(bytes / 2 ** 20).toLocaleString("en-US", { maximumFractionDigits: 1 })} MiB`;
