// Building blocks of the Markdown twins: tables, fences and field rows as plain GitHub-flavoured Markdown.
import type { FieldRow } from "../spec/schema-fields.ts";

/** A table cell: one line, pipes escaped (GFM tables end a cell at `|`). */
export function cell(text: string): string {
  return text
    .replace(/\s*\n\s*/g, " ")
    .replaceAll("|", "\\|")
    .trim();
}

/** A GFM table; empty when there are no rows. */
export function table(headers: string[], rows: string[][]): string {
  if (rows.length === 0) return "";
  return [
    `| ${headers.join(" | ")} |`,
    `| ${headers.map(() => "---").join(" | ")} |`,
    ...rows.map((row) => `| ${row.map(cell).join(" | ")} |`),
  ].join("\n");
}

/** A fenced code block whose fence is longer than any backtick run inside it. */
export function fence(code: string, language = ""): string {
  const longest = Math.max(2, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  const ticks = "`".repeat(longest + 1);
  return `${ticks}${language}\n${code.trimEnd()}\n${ticks}`;
}

/** Inline code that survives backticks in the text. */
export function code(text: string): string {
  const ticks = text.includes("`") ? "``" : "`";
  return `${ticks}${text.includes("`") ? ` ${text} ` : text}${ticks}`;
}

/**
 * A field table: path (with `[]` after arrays), type (with the schema pages it names), whether required,
 * and the description with constraints and example: the same facts as the HTML page's rows.
 */
export function fieldTable(rows: FieldRow[], schemaLink: (name: string) => string): string {
  return table(
    ["Field", "Type", "Required", "Description"],
    rows.map((row) => {
      const refs = (row.schemaRefs ?? []).map((name) => `[${name}](${schemaLink(name)})`);
      const facts = [
        row.deprecated ? "**Deprecated.**" : "",
        row.description ?? "",
        row.int64AsString ? "A 64-bit integer: a string in @gongkit/client." : "",
        row.constraints.length > 0 ? `Constraints: ${row.constraints.join("; ")}.` : "",
        row.example === undefined ? "" : `Example: ${code(JSON.stringify(row.example))}`,
      ].filter((s) => s !== "");
      return [
        code(row.display.join(".")),
        `${code(row.type)}${refs.length > 0 ? ` (${refs.join(", ")})` : ""}`,
        row.required ? "yes" : "no",
        facts.join(" "),
      ];
    }),
  );
}

/** Sections joined with blank lines, empty ones left out. */
export function blocks(...parts: (string | undefined | false)[]): string {
  return `${parts.filter((p): p is string => typeof p === "string" && p.trim() !== "").join("\n\n")}\n`;
}
