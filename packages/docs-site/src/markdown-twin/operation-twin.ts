// The Markdown twin of an operation's page (`reference/<operationId>.md`) and of a webhook's: the same
// facts as the HTML, for readers and tools that want text (language models, terminals, diffs).
import { schemaHref } from "../render/field-table.ts";
import { guideByFile } from "../render/guides.ts";
import {
  headerRows,
  type OperationContext,
  type OperationSamples,
  parameterLocations,
  parameterRow,
  relatedGuides,
} from "../render/operation-page.ts";
import type { OpenApiDocument, Parameter } from "../spec/openapi.ts";
import { type Body, type OperationModel, requiredScopes, type WebhookModel } from "../spec/operations.ts";
import { deref } from "../spec/resolve-ref.ts";
import { componentName, describeSchema } from "../spec/schema-fields.ts";
import { blocks, code, fence, fieldTable } from "./markdown-text.ts";

/** A twin's link to another page's twin: `guides/uploads.html#jobs` from a page one folder down. */
export const twinLink = (root: string, href: string) => root + href.replace(/\.html(#|$)/, ".md$1");

const schemaLink = (root: string) => (name: string) => twinLink(root, schemaHref(name));

export function operationMarkdown(
  doc: OpenApiDocument,
  operation: OperationModel,
  samples: OperationSamples,
  context: OperationContext,
): string {
  const r = "../";
  const scopes = requiredScopes(operation);
  const guides = relatedGuides(operation, context).map(
    ({ guide, anchor }) =>
      `[${guide.title}${anchor ? ` (${anchor})` : ""}](${twinLink(r, guide.href)}${anchor ? `#${anchor}` : ""})`,
  );
  const pathArgs = operation.parameters.filter((p) => p.in === "path").map((p) => p.name);
  const facts = [
    `- Method and path: ${code(`${operation.method.toUpperCase()} ${operation.path}`)}`,
    `- Operation ID: ${code(operation.operationId)}`,
    operation.tags.length > 0 ? `- Group: ${operation.tags.join(", ")}` : "",
    operation.clientMethod === undefined
      ? ""
      : `- Client method: ${code(`gong.${operation.clientMethod}(${pathArgs.join(", ")})`)}`,
    scopes.length > 0 ? `- Required scope: ${scopes.map(code).join(", ")}` : "",
    operation.deprecated ? "- Deprecated" : "",
    operation.pagination === undefined
      ? ""
      : `- Paged: the cursor goes in the ${operation.pagination.cursor}, the items are in ${code(operation.pagination.items)}; iterate with \`for await\` ([how paging works](${r}index.md#paging))`,
    operation.upload === undefined
      ? ""
      : `- Upload: the ${code(operation.upload.part)} part, at most ${operation.upload.maxBytes} bytes ([Uploads](${twinLink(r, guideByFile("uploads.md").href)}))`,
    operation.wait === undefined
      ? ""
      : `- Job status: ${code(`gong.${operation.wait.method}(${operation.wait.by})`)} polls it until the job is done`,
    context.jobStatus === undefined
      ? ""
      : `- Finished later: follow the job with [${context.jobStatus.method.toUpperCase()} ${context.jobStatus.path}](${context.jobStatus.operationId}.md)`,
    guides.length > 0 ? `- Guides: ${guides.join(", ")}` : "",
  ].filter((line) => line !== "");
  return blocks(
    `# ${operation.summary}`,
    facts.join("\n"),
    operation.description,
    "## Code samples",
    `### TypeScript (@gongkit/client)\n\n${fence(samples.typescript, "ts")}`,
    ...samples.curl.map((s) => `### ${s.label}\n\n${fence(s.command, "sh")}`),
    ...samples.gong.map((s) => `### ${s.label}\n\n${fence(s.command, "sh")}`),
    securityMarkdown(doc, operation),
    serversMarkdown(operation),
    parametersMarkdown(doc, operation, r),
    requestBodyMarkdown(doc, operation, r),
    responsesMarkdown(doc, operation, r),
  );
}

export function webhookMarkdown(
  doc: OpenApiDocument,
  webhook: WebhookModel,
  receiver: string | undefined,
): string {
  const r = "../";
  const operation = webhook.operation;
  const guide = guideByFile("receiving-webhooks.md");
  return blocks(
    `# ${operation.summary}`,
    [
      `- Webhook: ${code(webhook.name)}, a ${code(operation.method.toUpperCase())} request Gong sends to your URL`,
      `- Operation ID: ${code(operation.operationId)}`,
      `- Guide: [${guide.title}](${twinLink(r, guide.href)})`,
    ].join("\n"),
    operation.description,
    receiver === undefined ? undefined : `## Receiving it\n\n${fence(receiver, "ts")}`,
    securityMarkdown(doc, operation),
    requestBodyMarkdown(doc, operation, r),
    responsesMarkdown(doc, operation, r),
  );
}

function securityMarkdown(doc: OpenApiDocument, operation: OperationModel): string | undefined {
  if (operation.security.length === 0) return undefined;
  const schemes = doc.components?.securitySchemes ?? {};
  const lines = operation.security.map((requirement) => {
    const entries = Object.entries(requirement);
    if (entries.length === 0) return "- None: the request may carry no credentials at all.";
    return entries
      .map(([name, scopes]) => {
        const scheme = schemes[name] === undefined ? undefined : deref(doc, schemes[name]);
        const kind =
          scheme === undefined
            ? "unknown scheme"
            : `${scheme.type}${scheme.scheme ? ` ${scheme.scheme}` : ""}${scheme.in ? ` in ${scheme.in} ${scheme.name ?? ""}` : ""}`;
        return `- ${code(name)} (${kind.trim()})${scheme?.description ? `: ${scheme.description.replace(/\s*\n\s*/g, " ")}` : ""}${scopes.length > 0 ? ` Scopes: ${scopes.map(code).join(", ")}.` : ""}`;
      })
      .join("\n");
  });
  return `## Authorization\n\n${operation.security.length > 1 ? "Any one of:" : "Requires:"}\n\n${lines.join("\n")}`;
}

function serversMarkdown(operation: OperationModel): string {
  const lines = operation.servers.map((server) => {
    const variables = Object.entries(server.variables ?? {}).map(
      ([name, v]) =>
        `\n  - ${code(`{${name}}`)} default ${code(v.default)}${v.description ? `: ${v.description}` : ""}`,
    );
    return `- ${code(server.url)}${server.description ? `: ${server.description}` : ""}${variables.join("")}`;
  });
  return `## Servers\n\n${lines.join("\n")}`;
}

function parametersMarkdown(doc: OpenApiDocument, operation: OperationModel, r: string): string | undefined {
  const parts = (Object.keys(parameterLocations) as Parameter["in"][]).flatMap((location) => {
    const parameters = operation.parameters.filter((p) => p.in === location);
    if (parameters.length === 0) return [];
    const rows = parameters.map((p) => parameterRow(doc, p));
    return [`## ${parameterLocations[location]}\n\n${fieldTable(rows, schemaLink(r))}`];
  });
  return parts.length === 0 ? undefined : parts.join("\n\n");
}

function requestBodyMarkdown(doc: OpenApiDocument, operation: OperationModel, r: string): string | undefined {
  const body = operation.requestBody;
  if (body === undefined) return undefined;
  return blocks(
    `## Request body${body.required ? "" : " (optional)"}`,
    body.description,
    ...body.bodies.map((b) => bodyMarkdown(doc, b, r)),
  ).trimEnd();
}

function responsesMarkdown(doc: OpenApiDocument, operation: OperationModel, r: string): string {
  return blocks(
    "## Responses",
    ...operation.responses.map((response) =>
      blocks(
        `### ${response.status} ${response.description}`,
        response.headers.length > 0
          ? `Headers:\n\n${fieldTable(headerRows(doc, response.headers), schemaLink(r))}`
          : undefined,
        response.status === "429"
          ? `Gong's limit is per company: to share it among workers, see [${guideByFile("many-workers.md").title}](${twinLink(r, guideByFile("many-workers.md").href)}).`
          : undefined,
        ...response.bodies.map((b) => bodyMarkdown(doc, b, r)),
      ).trimEnd(),
    ),
  ).trimEnd();
}

function bodyMarkdown(doc: OpenApiDocument, body: Body, r: string): string {
  const summary = body.schema === undefined ? undefined : describeSchema(doc, body.schema);
  const name = body.schema === undefined ? undefined : componentName(body.schema);
  return blocks(
    `Body ${code(body.mediaType)}${summary === undefined ? "" : `: ${code(summary.type)}${name ? ` ([schema](${schemaLink(r)(name)}))` : ""}`}`,
    summary?.description,
    summary === undefined ? undefined : fieldTable(summary.fields, schemaLink(r)),
    ...body.examples.map(
      (example) =>
        `${example.summary === undefined ? "Example" : `Example: ${example.summary}`}\n\n${fence(JSON.stringify(example.value, null, 2), "json")}`,
    ),
  ).trimEnd();
}
