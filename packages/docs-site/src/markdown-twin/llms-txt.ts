// llms.txt (https://llmstxt.org): an H1 with the site's name, a blockquote summary, then H2 sections of
// links with a one-line description each, every link to a page's Markdown twin.

import { schemaHref } from "../render/field-table.ts";
import { type OperationGroup, operationHref } from "../render/groups.ts";
import { guides } from "../render/guides.ts";
import { siteFiles } from "../render/layout.ts";
import { firstSentence } from "../render/schema-page.ts";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { type WebhookModel, webhookHref } from "../spec/operations.ts";
import { describeSchema } from "../spec/schema-fields.ts";
import { twinLink } from "./operation-twin.ts";

const line = (title: string, href: string, description: string | undefined) =>
  `- [${title}](${href})${description ? `: ${description}` : ""}`;

export function llmsTxt(
  doc: OpenApiDocument,
  groups: OperationGroup[],
  webhooks: WebhookModel[],
  schemas: string[],
): string {
  const summary = doc.info.summary ?? firstSentence(doc.info.description) ?? doc.info.title;
  const sections = [
    `# ${doc.info.title} reference`,
    `> ${summary.replace(/\s*\n\s*/g, " ")} Version ${doc.info.version}, generated from the gongkit OpenAPI spec; every link is the Markdown twin of a page of the HTML reference.`,
    `The whole API is in [${siteFiles.json}](${siteFiles.json}) and [${siteFiles.yaml}](${siteFiles.yaml}) (OpenAPI ${doc.openapi}). Clients: \`@gongkit/client\` (TypeScript) and \`gong\` (\`@gongkit/cli\`).`,
    [
      "## Guides",
      "",
      line(
        "Getting started",
        "index.md",
        "install, authenticate, rate limits, paging, 64-bit integers, the mock server",
      ),
      ...guides.map((g) => line(g.title, twinLink("", g.href), g.description)),
    ].join("\n"),
    ...groups.map((group) =>
      [
        `## ${group.name}`,
        "",
        ...group.operations.map((op) =>
          line(
            op.summary,
            twinLink("", operationHref(op)),
            `${op.method.toUpperCase()} ${op.path}${op.description ? `. ${firstSentence(op.description)}` : ""}`,
          ),
        ),
      ].join("\n"),
    ),
    webhooks.length === 0
      ? ""
      : [
          "## Webhooks",
          "",
          ...webhooks.map((w) =>
            line(w.operation.summary, twinLink("", webhookHref(w)), firstSentence(w.operation.description)),
          ),
        ].join("\n"),
    [
      "## Schemas",
      "",
      ...schemas.map((name) =>
        line(
          name,
          twinLink("", schemaHref(name)),
          firstSentence(describeSchema(doc, { $ref: `#/components/schemas/${name}` }).description),
        ),
      ),
    ].join("\n"),
    [
      "## Optional",
      "",
      line("OpenAPI (JSON)", siteFiles.json, "the bundled OpenAPI document the whole site is generated from"),
      line("OpenAPI (YAML)", siteFiles.yaml, "the same document as YAML"),
    ].join("\n"),
  ];
  return `${sections.filter((s) => s !== "").join("\n\n")}\n`;
}
