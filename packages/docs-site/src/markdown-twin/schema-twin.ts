// The Markdown twins of a schema's page (`schemas/<name>.md`) and of the schemas' index.
import { schemaHref } from "../render/field-table.ts";
import { firstSentence, maxUsedBy, type UseLinks } from "../render/schema-page.ts";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { schemaFacts } from "../spec/schema-facts.ts";
import { describeSchema } from "../spec/schema-fields.ts";
import type { SchemaUsage } from "../spec/schema-usage.ts";
import { blocks, code, fence, fieldTable } from "./markdown-text.ts";
import { twinLink } from "./operation-twin.ts";

export function schemaMarkdown(
  doc: OpenApiDocument,
  name: string,
  usage: SchemaUsage,
  links: UseLinks,
): string {
  const r = "../";
  const { schema, summary, type, rules, example, uses, referrers } = schemaFacts(doc, name, usage);
  return blocks(
    `# ${name}`,
    [
      `- Type: ${code(type)}${rules.length > 0 ? `; ${rules.join("; ")}` : ""}`,
      `- In TypeScript: ${code(`components["schemas"]["${name}"]`)} of \`@gongkit/types\``,
      schema.deprecated ? "- Deprecated" : "",
    ]
      .filter((line) => line !== "")
      .join("\n"),
    summary.description,
    summary.fields.length > 0
      ? `## Fields\n\n${fieldTable(summary.fields, (n) => twinLink(r, schemaHref(n)))}`
      : undefined,
    example === undefined ? undefined : `## Example\n\n${fence(JSON.stringify(example, null, 2), "json")}`,
    `## Used by\n\n${
      uses.length === 0
        ? "No operation uses it directly or through another schema."
        : [
            ...uses
              .slice(0, maxUsedBy)
              .map(
                ({ operation, where }) =>
                  `- [${operation.method.toUpperCase()} ${operation.path}: ${operation.summary}](${twinLink(r, links.href(operation))}), in ${where.join(", ")}`,
              ),
            ...(uses.length > maxUsedBy ? [`- … and ${uses.length - maxUsedBy} more operations`] : []),
          ].join("\n")
    }${referrers.length > 0 ? `\n\nNamed in the schemas ${referrers.map((n) => `[${n}](${twinLink(r, schemaHref(n))})`).join(", ")}.` : ""}`,
  );
}

export function schemasIndexMarkdown(doc: OpenApiDocument, names: string[]): string {
  return blocks(
    "# Schemas",
    `Every named schema of the spec (${names.length}), with its fields, its example and the operations that use it.`,
    names
      .map((name) => {
        const first = firstSentence(
          describeSchema(doc, { $ref: `#/components/schemas/${name}` }).description,
        );
        return `- [${name}](${twinLink("", schemaHref(name).slice("schemas/".length))})${first ? `: ${first}` : ""}`;
      })
      .join("\n"),
  );
}
