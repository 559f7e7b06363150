import type { CurlSample } from "../samples/curl-sample.ts";
import type { GongSample } from "../samples/gong-sample.ts";
import type { OpenApiDocument, Parameter, SecurityScheme } from "../spec/openapi.ts";
import { type Body, type OperationModel, parameterExample, requiredScopes } from "../spec/operations.ts";
import { deref } from "../spec/resolve-ref.ts";
import {
  constraints,
  describeSchema,
  type FieldRow,
  holdsStringIntegers,
  merged,
  schemaRefsOf,
  typeLabel,
} from "../spec/schema-fields.ts";
import { codeBlock } from "./code-block.ts";
import { fieldTable, typeWithLinks } from "./field-table.ts";
import { operationHref } from "./groups.ts";
import { guideHref, jobsAnchor, pagingAnchor } from "./guide-links.ts";
import { type Guide, guideByFile, guides } from "./guides.ts";
import { html, type SafeHtml } from "./html.ts";
import { markdown, markdownInline } from "./markdown.ts";
import type { Page } from "./page.ts";

export interface OperationSamples {
  /** The generated sample file's text, without its generated-file header. */
  typescript: string;
  curl: CurlSample[];
  /** `gong` command lines, each parsed by @gongkit/cli at build time. */
  gong: GongSample[];
}

/** What the page links to besides the operation itself. */
export interface OperationContext {
  /** For an operation that starts a job: the status operation that reports on it. */
  jobStatus?: OperationModel;
}

/** The reference page body for one operation: everything the spec says about it, in reading order. */
export function operationPage(
  page: Page,
  doc: OpenApiDocument,
  operation: OperationModel,
  samples: OperationSamples,
  context: OperationContext = {},
): SafeHtml {
  const id = operation.operationId;
  const scopes = requiredScopes(operation);
  const pathArgs = operation.parameters.filter((p) => p.in === "path").map((p) => p.name);
  return html`<article class="operation">
<header class="operation-header">
${operation.tags.length > 0 ? html`<p class="eyebrow">${operation.tags.join(" · ")}</p>` : ""}
<h1 id="${page.id(id)}"><a class="heading-link" href="#${id}">${operation.summary}</a>${operation.deprecated ? html` <span class="badge deprecated">deprecated</span>` : ""}</h1>
<p class="endpoint"><span class="method method-${operation.method}">${operation.method.toUpperCase()}</span> <code>${operation.path}</code></p>
<dl class="facts">
${scopes.length > 0 ? html`<div><dt>Required scope</dt><dd>${scopes.map((s) => html`<code class="scope">${s}</code> `)}</dd></div>` : ""}
${operation.clientMethod === undefined ? "" : html`<div><dt>Client method</dt><dd><code>gong.${operation.clientMethod}(${pathArgs.join(", ")})</code></dd></div>`}
<div><dt>Operation ID</dt><dd><code>${id}</code></dd></div>
${guidesFact(page, operation, context)}
</dl>
${pagingNote(page, operation)}
${uploadNote(page, operation)}
${jobNote(page, operation, context)}
</header>
${operation.description === undefined ? "" : html`<div class="prose">${markdown(page, operation.description, { headingOffset: 2, idPrefix: `${id}.description` })}</div>`}
${samplesSection(page, operation, samples)}
${securitySection(page, doc, operation)}
${serversSection(page, operation)}
${parametersSection(page, doc, operation)}
${requestBodySection(page, doc, operation)}
${responsesSection(page, doc, operation)}
</article>`;
}

/** A paged operation says so at the top and links to the one explanation of paging. */
function pagingNote(page: Page, operation: OperationModel): SafeHtml {
  if (operation.pagination === undefined) return html``;
  return html`<p class="paging-note" id="${page.id(`${operation.operationId}.paging`)}"><strong>Paged.</strong> Gong returns this list a page at a time; iterate the call with <code>for await</code> and the client fetches every page. <a href="${guideHref(page, pagingAnchor)}">How paging works</a></p>`;
}

const guideLink = (page: Page, guide: Guide, anchor?: string) =>
  html`<a href="${page.root}${guide.href}${anchor === undefined ? "" : `#${anchor}`}">${guide.title}</a>`;

/** The guides that explain what this operation involves: OAuth, uploads, jobs, the shared limit, exports. */
export function relatedGuides(
  operation: OperationModel,
  context: OperationContext,
): { guide: Guide; anchor?: string }[] {
  const related: { guide: Guide; anchor?: string }[] = [];
  if (requiredScopes(operation).length > 0) related.push({ guide: guideByFile("oauth-apps.md") });
  if (operation.upload !== undefined) related.push({ guide: guideByFile("uploads.md") });
  if (operation.wait !== undefined || context.jobStatus !== undefined)
    related.push({ guide: guideByFile("uploads.md"), anchor: jobsAnchor });
  if (operation.responses.some((r) => r.status === "429"))
    related.push({ guide: guideByFile("many-workers.md") });
  for (const guide of guides) {
    if (guide.operations?.includes(operation.operationId)) related.push({ guide });
  }
  return related;
}

function guidesFact(page: Page, operation: OperationModel, context: OperationContext): SafeHtml {
  const related = relatedGuides(operation, context);
  if (related.length === 0) return html``;
  return html`<div><dt>Guides</dt><dd class="guides">${related.map(({ guide, anchor }, i) => html`${i > 0 ? " · " : ""}${anchor === jobsAnchor ? html`<a href="${page.root}${guide.href}#${anchor}">Jobs</a> <span class="muted">(${guide.title})</span>` : guideLink(page, guide, anchor)}`)}</dd></div>`;
}

/** An upload says so at the top: the client streams the file, and the guide explains the limits. */
function uploadNote(page: Page, operation: OperationModel): SafeHtml {
  const upload = operation.upload;
  if (upload === undefined) return html``;
  const what = upload.records ? "records as JSON lines" : "a file";
  return html`<p class="paging-note" id="${page.id(`${operation.operationId}.upload`)}"><strong>Upload.</strong> The <code>${upload.part}</code> part carries ${what}, at most ${(upload.maxBytes / 1e6).toLocaleString("en")} MB; the client streams it from disk. ${guideLink(page, guideByFile("uploads.md"))}</p>`;
}

/** A job's status operation, or an operation that starts a job, says how to wait for it. */
function jobNote(page: Page, operation: OperationModel, context: OperationContext): SafeHtml {
  const status = operation.wait !== undefined ? operation : context.jobStatus;
  if (status?.wait === undefined) return html``;
  const how = html`<code>gong.${status.wait.method}(${status.wait.by})</code> polls ${status === operation ? "this operation" : html`<a href="${page.root}${operationHref(status)}"><code>${status.method.toUpperCase()} ${status.path}</code></a>`} until the job is done`;
  return html`<p class="paging-note" id="${page.id(`${operation.operationId}.job`)}"><strong>${status === operation ? "Job status." : "Finished later."}</strong> ${status === operation ? "Reports on a job Gong finishes after answering" : "Gong answers before the work is done"}; ${how}. ${guideLink(page, guideByFile("uploads.md"), jobsAnchor)}</p>`;
}

export function section(page: Page, id: string, title: string, body: SafeHtml): SafeHtml {
  return html`<section class="block" aria-labelledby="${page.id(id)}">
<h2 id="${id}"><a class="heading-link" href="#${id}">${title}</a></h2>
${body}
</section>`;
}

function samplesSection(page: Page, operation: OperationModel, samples: OperationSamples): SafeHtml {
  const id = operation.operationId;
  return section(
    page,
    `${id}.samples`,
    "Code samples",
    html`${codeBlock(page, { code: samples.typescript, language: "typescript", label: "TypeScript (@gongkit/client)", id: `${id}.samples.typescript`, byLine: true })}
${samples.curl.map((sample, i) => codeBlock(page, { code: sample.command, language: "bash", label: sample.label, id: `${id}.samples.curl-${i + 1}`, byLine: true }))}
${samples.gong.map((sample) => codeBlock(page, { code: sample.command, language: "bash", label: sample.label, id: `${id}.samples.gong${sample.spec.wait ? "-wait" : ""}`, byLine: true }))}`,
  );
}

/** Security requirements are alternatives: any one of them authorizes the call. */
export function securitySection(page: Page, doc: OpenApiDocument, operation: OperationModel): SafeHtml {
  if (operation.security.length === 0) return html``;
  const schemes = doc.components?.securitySchemes ?? {};
  let oauth = false;
  const alternatives = operation.security.map((requirement) =>
    Object.keys(requirement).length === 0
      ? html`<li><strong>None</strong>: the request may carry no credentials at all.</li>`
      : Object.entries(requirement).map(([name, scopes]) => {
          const scheme = schemes[name] === undefined ? undefined : deref(doc, schemes[name]);
          if (scheme?.type === "oauth2") oauth = true;
          return html`<li><strong>${schemeLabel(scheme)}</strong> <code>${name}</code>${scheme?.description === undefined ? "" : html` — ${markdownInline(scheme.description)}`}
${scopes.length > 0 ? html`<p>Scope${scopes.length > 1 ? "s" : ""}: ${scopes.map((s) => html`<code class="scope">${s}</code> <span class="muted">${oauthScopeDescription(scheme, s) ?? ""}</span> `)}</p>` : ""}
${oauthUrls(scheme)}</li>`;
        }),
  );
  return section(
    page,
    `${operation.operationId}.auth`,
    "Authorization",
    html`<p>${operation.security.length > 1 ? "Any one of:" : "Requires:"}</p><ul class="auth">${alternatives}</ul>
${oauth ? html`<p class="guide-note">Acting for a Gong customer: how to get and refresh its token, in ${guideLink(page, guideByFile("oauth-apps.md"))}.</p>` : ""}`,
  );
}

function schemeLabel(scheme: SecurityScheme | undefined): string {
  if (scheme === undefined) return "Unknown scheme";
  if (scheme.type === "http") return `HTTP ${scheme.scheme ?? ""}`.trim();
  if (scheme.type === "oauth2") return "OAuth 2.0";
  if (scheme.type === "apiKey") return `API key in ${scheme.in ?? "header"} ${scheme.name ?? ""}`.trim();
  return scheme.type;
}

function oauthScopeDescription(scheme: SecurityScheme | undefined, scope: string): string | undefined {
  return Object.values(scheme?.flows ?? {}).find((flow) => flow.scopes[scope] !== undefined)?.scopes[scope];
}

function oauthUrls(scheme: SecurityScheme | undefined): SafeHtml {
  const flows = Object.entries(scheme?.flows ?? {});
  if (flows.length === 0) return html``;
  return html`<dl class="flows">${flows.map(
    ([flow, f]) =>
      html`<div><dt>${flow} flow</dt><dd>${f.authorizationUrl === undefined ? "" : html`authorize at <code>${f.authorizationUrl}</code>`}${f.tokenUrl === undefined ? "" : html`, token from <code>${f.tokenUrl}</code>`}</dd></div>`,
  )}</dl>`;
}

function serversSection(page: Page, operation: OperationModel): SafeHtml {
  const id = `${operation.operationId}.servers`;
  return section(
    page,
    id,
    "Servers",
    html`<ul class="servers">${operation.servers.map(
      (
        server,
      ) => html`<li><code>${server.url}</code>${server.description === undefined ? "" : html` — ${markdownInline(server.description)}`}
${Object.entries(server.variables ?? {}).map(
  ([name, variable]) =>
    html`<p class="variable"><code>{${name}}</code> default <code>${variable.default}</code>${variable.description === undefined ? "" : html`: ${markdownInline(variable.description)}`}</p>`,
)}</li>`,
    )}</ul>`,
  );
}

export const parameterLocations: Record<Parameter["in"], string> = {
  path: "Path parameters",
  query: "Query parameters",
  header: "Header parameters",
  cookie: "Cookie parameters",
};

function parametersSection(page: Page, doc: OpenApiDocument, operation: OperationModel): SafeHtml {
  return html`${(Object.keys(parameterLocations) as Parameter["in"][]).map((location) => {
    const parameters = operation.parameters.filter((p) => p.in === location);
    if (parameters.length === 0) return "";
    const prefix = `${operation.operationId}.${location}`;
    const rows = parameters.map((p) => parameterRow(doc, p));
    return section(
      page,
      `${prefix}-parameters`,
      parameterLocations[location],
      fieldTable(page, doc, rows, { idPrefix: prefix, caption: parameterLocations[location] }),
    );
  })}`;
}

export function parameterRow(doc: OpenApiDocument, parameter: Parameter): FieldRow {
  const schema = parameter.schema === undefined ? {} : merged(doc, deref(doc, parameter.schema));
  const row: FieldRow = {
    path: [parameter.name],
    display: [parameter.name],
    name: parameter.name,
    type: parameter.schema === undefined ? "any" : typeLabel(doc, parameter.schema),
    ...(parameter.schema === undefined ? {} : refsOf(doc, parameter.schema)),
    required: parameter.required ?? false,
    deprecated: parameter.deprecated ?? false,
    constraints: constraints(schema),
  };
  const description = parameter.description ?? schema.description;
  if (description !== undefined) row.description = description;
  if (parameter.schema !== undefined && holdsStringIntegers(doc, parameter.schema)) row.int64AsString = true;
  const example = parameterExample(doc, parameter);
  if (example !== undefined) row.example = example;
  return row;
}

function refsOf(doc: OpenApiDocument, schema: Parameters<typeof schemaRefsOf>[1]): { schemaRefs?: string[] } {
  const refs = schemaRefsOf(doc, schema);
  return refs.length === 0 ? {} : { schemaRefs: refs };
}

export function requestBodySection(page: Page, doc: OpenApiDocument, operation: OperationModel): SafeHtml {
  const body = operation.requestBody;
  if (body === undefined) return html``;
  const id = `${operation.operationId}.request`;
  return section(
    page,
    id,
    `Request body${body.required ? "" : " (optional)"}`,
    html`${body.description === undefined ? "" : markdown(page, body.description, { idPrefix: id })}${body.bodies.map((b, i) => bodyBlock(page, doc, b, i === 0 ? id : `${id}.${i + 1}`))}`,
  );
}

export function responsesSection(page: Page, doc: OpenApiDocument, operation: OperationModel): SafeHtml {
  const id = operation.operationId;
  return section(
    page,
    `${id}.responses`,
    "Responses",
    html`<p class="status-index">${operation.responses.map((r) => html`<a href="#${id}.${r.status}" class="status status-${r.status[0]}xx">${r.status}</a> `)}</p>
${operation.responses.map(
  (response) => html`<section class="response" aria-labelledby="${page.id(`${id}.${response.status}`)}">
<h3 id="${id}.${response.status}"><a class="heading-link" href="#${id}.${response.status}"><span class="status status-${response.status[0]}xx">${response.status}</span> ${response.description}</a></h3>
${headersTable(page, doc, response.headers, `${id}.${response.status}.header`)}
${response.status === "429" ? html`<p class="guide-note">Gong's limit is per company, not per process: to share it among workers and pause them all on a 429, see ${guideLink(page, guideByFile("many-workers.md"))}.</p>` : ""}
${response.bodies.map((body, i) => bodyBlock(page, doc, body, i === 0 ? `${id}.${response.status}` : `${id}.${response.status}.${i + 1}`))}
</section>`,
)}`,
  );
}

function headersTable(
  page: Page,
  doc: OpenApiDocument,
  headers: OperationModel["responses"][number]["headers"],
  idPrefix: string,
): SafeHtml {
  if (headers.length === 0) return html``;
  return html`<h4>Headers</h4>${fieldTable(page, doc, headerRows(doc, headers), { idPrefix, caption: "Response headers" })}`;
}

/** A response's headers as field rows. */
export function headerRows(doc: OpenApiDocument, headers: OperationModel["responses"][number]["headers"]) {
  return headers.map((header): FieldRow => {
    const schema = header.schema === undefined ? {} : merged(doc, deref(doc, header.schema));
    const row: FieldRow = {
      path: [header.name],
      display: [header.name],
      name: header.name,
      type: header.schema === undefined ? "string" : typeLabel(doc, header.schema),
      ...(header.schema === undefined ? {} : refsOf(doc, header.schema)),
      required: header.required,
      deprecated: false,
      constraints: constraints(schema),
    };
    if (header.description !== undefined) row.description = header.description;
    return row;
  });
}

export function bodyBlock(page: Page, doc: OpenApiDocument, body: Body, idPrefix: string): SafeHtml {
  const summary = body.schema === undefined ? undefined : describeSchema(doc, body.schema);
  return html`<div class="body">
<p class="body-type">Body <code>${body.mediaType}</code>${summary === undefined ? "" : html`: ${typeWithLinks(page, summary.type, schemaRefsOf(doc, body.schema!))}`}</p>
${summary?.description === undefined ? "" : html`<div class="prose">${markdown(page, summary.description, { idPrefix: `${idPrefix}.schema` })}</div>`}
${summary === undefined ? "" : fieldTable(page, doc, summary.fields, { idPrefix, caption: `Fields of ${summary.type}` })}
${body.examples.map((example, i) =>
  codeBlock(page, {
    code: JSON.stringify(example.value, null, 2),
    language: "json",
    label: example.summary === undefined ? "Example" : `Example: ${example.summary}`,
    id: `${idPrefix}.example-${i + 1}`,
    byLine: true,
  }),
)}
</div>`;
}
