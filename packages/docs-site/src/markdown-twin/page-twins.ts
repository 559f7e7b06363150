// The Markdown twins of the landing page, the guides and the groups' pages.
import { type OperationGroup, operationHref } from "../render/groups.ts";
import type { Guide } from "../render/guides.ts";
import { expandDirectives, type GettingStarted } from "../render/index-page.ts";
import { schemasIndexHref } from "../render/nav.ts";
import { splitSections } from "../render/spec-sections.ts";
import type { OpenApiDocument } from "../spec/openapi.ts";
import { type WebhookModel, webhookHref } from "../spec/operations.ts";
import { blocks, code } from "./markdown-text.ts";
import { twinLink } from "./operation-twin.ts";

/** Relative links to the site's pages point at their twins: `](../reference/getUser.html#x)` -> `.md#x`. */
export function linksToTwins(markdown: string): string {
  return markdown.replace(/\]\((?![a-z]+:|#)([^)\s]+?)\.html(#[^)\s]*)?\)/gi, "]($1.md$2)");
}

export function guideMarkdown(
  doc: OpenApiDocument,
  groups: OperationGroup[],
  guide: Guide,
  content: GettingStarted,
): string {
  const { sections } = splitSections(doc.info.description ?? "");
  const body = expandDirectives(doc, content, sections, new Set(), groups);
  return blocks(`# ${guide.title}`, `> ${guide.description}`, linksToTwins(body));
}

export function indexMarkdown(
  doc: OpenApiDocument,
  groups: OperationGroup[],
  webhooks: WebhookModel[],
  content: GettingStarted,
): string {
  const { intro, sections } = splitSections(doc.info.description ?? "");
  const used = new Set<string>();
  const body = expandDirectives(doc, content, sections, used, groups);
  const rest = [...sections].filter(([title]) => !used.has(title));
  return blocks(
    `# ${doc.info.title}`,
    doc.info.summary === undefined ? undefined : `> ${doc.info.summary}`,
    `API reference, version ${doc.info.version}.`,
    intro,
    linksToTwins(body),
    "## Reference",
    ...groups.map(
      (g) =>
        `### ${g.name}\n\n${g.description ? `${g.description.trim()}\n\n` : ""}${g.operations.map((op) => `- [${op.summary}](${twinLink("", operationHref(op))}): ${code(`${op.method.toUpperCase()} ${op.path}`)}`).join("\n")}`,
    ),
    webhooks.length === 0
      ? undefined
      : `## Webhooks\n\n${webhooks.map((w) => `- [${w.operation.summary}](${twinLink("", webhookHref(w))}): ${code(`${w.operation.method.toUpperCase()}`)} to your URL`).join("\n")}`,
    `## Schemas\n\n[Every named schema](${twinLink("", schemasIndexHref)}), with its fields and the operations that use it.`,
    ...rest.map(([title, text]) => `## ${title}\n\n${text}`),
  );
}

export function groupMarkdown(group: OperationGroup): string {
  return blocks(
    `# ${group.name}`,
    group.description,
    group.operations
      .map(
        (op) =>
          `- [${op.summary}](${twinLink("../", operationHref(op))}): ${code(`${op.method.toUpperCase()} ${op.path}`)}`,
      )
      .join("\n"),
  );
}
