// Emits @gongkit/client's resource layer (src/generated/resources.ts) from the bundled spec: one
// method per operation, named by the operation's `x-gongkit-method` ("namespace.method").
import { docComment } from "./doc-comment.ts";
import { int64Properties } from "./int64-properties.ts";
import { pathParamRuleSource } from "./path-param-rule.ts";
import {
  collectOperations,
  type OpenApiDocument,
  type OperationInfo,
  type Parameter,
  resolve,
  type Schema,
} from "./spec.ts";

export interface GenerateOptions {
  /** Module that exports the spec's `paths` type (openapi-typescript output). */
  typesModule: string;
  /** Module that exports `operation`, `ResourceRuntime`, `RequestOptions` and `PathParamRule`. */
  runtimeModule: string;
  /** Says where the output came from, for the header. */
  source: string;
  /** The command that regenerates the output, for the header; default `pnpm generate`. */
  regenerate?: string;
}

export const HEADER_NOTE = "Do not edit.";

// Members of the openapi-fetch client that a top-level namespace would shadow.
const RESERVED = new Set([
  "GET",
  "PUT",
  "POST",
  "DELETE",
  "OPTIONS",
  "HEAD",
  "PATCH",
  "TRACE",
  "request",
  "use",
  "eject",
]);
const IDENTIFIER = /^[a-z][A-Za-z0-9]*$/;

const JSON_MEDIA = "application/json";
const MULTIPART_MEDIA = "multipart/form-data";

/** `x-gongkit-upload` with its multipart part: how the method sends a file or records. */
interface UploadModel {
  part: string;
  maxBytes: number;
  /** Records: their media type and the components schema of one record. */
  records: { media: string; schema: string } | undefined;
  uniqueKey: string | undefined;
}

/** `x-gongkit-wait` on a job's status operation: a `waitFor…` method that polls it. */
interface WaitModel {
  segments: string[];
  by: Parameter;
  status: string;
  pending: string[];
  failed: string[];
}

interface MethodModel {
  segments: string[];
  typeName: string;
  info: OperationInfo;
  pathParams: { parameter: Parameter; ruleName: string }[];
  query: "none" | "optional" | "required";
  body: "none" | "optional" | "required";
  success: Success;
  paging: { cursor: "query" | "body"; items: string } | undefined;
  /** Set on POSTs only (`x-gongkit-idempotent`); other methods follow HTTP. */
  idempotent: boolean | undefined;
  int64: string[];
  /** Set on an upload (a multipart/form-data body): its query parameters' rules. */
  upload: (UploadModel & { queryRules: { parameter: Parameter; ruleName: string }[] }) | undefined;
  /** Set on the `waitFor…` entry made from a status operation's `x-gongkit-wait`. */
  wait: WaitModel | undefined;
}

/** The 2xx responses: their statuses with the media type of each body (undefined: no body). */
interface Success {
  responses: { status: string; media: string | undefined }[];
  /** json: every body is JSON; any: some body may not be (`*\/*`); none: no body at all. */
  kind: "json" | "any" | "none";
}

/** The source of resources.ts for `doc`. Deterministic: same spec, same bytes. */
export function generateResources(doc: OpenApiDocument, options: GenerateOptions): string {
  const operations = collectOperations(doc).map((info) => methodModel(doc, info));
  const waiters = operations.flatMap((method) => {
    const wait = waitOf(method);
    return wait === undefined ? [] : [{ ...method, segments: wait.segments, wait }];
  });
  const methods = [...operations, ...waiters];
  const tree = namespaceTree(methods);
  const out: string[] = [
    `// Generated from ${options.source} by tools/client-codegen. ${HEADER_NOTE}\n`,
    `// Regenerate with \`${options.regenerate ?? "pnpm generate"}\`.\n\n`,
    `import type { ${operations.some((m) => m.upload?.records) ? "components, " : ""}paths } from ${JSON.stringify(options.typesModule)};\n`,
    `import {\n${runtimeImports(methods)
      .map((name) => `  ${name},\n`)
      .join("")}} from ${JSON.stringify(options.runtimeModule)};\n\n`,
  ];
  for (const method of operations) {
    out.push(
      `type ${method.typeName} = paths[${JSON.stringify(method.info.path)}][${JSON.stringify(method.info.method)}];\n`,
    );
  }
  out.push("\n");
  for (const method of operations) {
    for (const { parameter, ruleName } of [...method.pathParams, ...(method.upload?.queryRules ?? [])]) {
      out.push(
        `const ${ruleName}: PathParamRule = ${pathParamRuleSource(parameter, resolveSchema(doc, parameter))};\n\n`,
      );
    }
  }
  out.push("/** Gong's API as methods, grouped as each operation's `x-gongkit-method` names it. */\n");
  out.push(`export interface GongResources ${emitInterface(tree, "")}\n\n`);
  out.push(
    "/**\n * Binds every generated method to the client's runtime. The interface above types each method; this\n",
    " * table, made from the same operations, says how to send it. It is not checked against the interface\n",
    " * (hence the cast): tsc's work then grows with the interface alone, not with one body per method.\n */\n",
  );
  out.push("export function createResources(rt: ResourceRuntime): GongResources {\n");
  out.push(`  const resources = ${emitImplementation(tree, "  ")};\n`);
  out.push("  return resources as unknown as GongResources;\n}\n\n");
  out.push(
    "/** What `gong.GET(...)`, `gong.POST(...)` and the other verbs need to retry and parse an operation as its method does. */\n",
  );
  out.push("export const operationsMeta: Readonly<Record<string, OperationMeta>> = {\n");
  for (const method of operations) {
    const meta = passthroughMeta(method);
    if (meta === undefined) continue;
    out.push(`  ${JSON.stringify(`${method.info.method.toUpperCase()} ${method.info.path}`)}: ${meta},\n`);
  }
  out.push("};\n");
  return out.join("");
}

function methodModel(doc: OpenApiDocument, info: OperationInfo): MethodModel {
  const where = `${info.method.toUpperCase()} ${info.path}`;
  const name = info.operation["x-gongkit-method"];
  if (typeof name !== "string") throw new Error(`${where} has no x-gongkit-method ("namespace.method")`);
  const segments = name.split(".");
  if (segments.length < 2 || !segments.every((segment) => IDENTIFIER.test(segment))) {
    throw new Error(
      `${where}: x-gongkit-method ${JSON.stringify(name)} must be camelCase names joined by dots, like users.get`,
    );
  }
  if (RESERVED.has(segments[0]!))
    throw new Error(`${where}: namespace "${segments[0]}" would hide gong.${segments[0]}`);

  const required = (parameter: Parameter) => parameter.required === true;
  for (const parameter of info.parameters) {
    if ((parameter.in === "header" || parameter.in === "cookie") && required(parameter)) {
      throw new Error(
        `${where}: required ${parameter.in} parameter "${parameter.name}" is not supported by the generator yet`,
      );
    }
  }
  const queryParams = info.parameters.filter((parameter) => parameter.in === "query");
  const upload = uploadOf(doc, info, where);
  return {
    segments,
    typeName: segments.map((segment) => segment[0]!.toUpperCase() + segment.slice(1)).join(""),
    info,
    pathParams: pathParamsInOrder(info, where).map((parameter) => ({
      parameter,
      ruleName: camel([...segments, parameter.name]),
    })),
    query: queryParams.length === 0 ? "none" : queryParams.some(required) ? "required" : "optional",
    body: requestBodyKind(doc, info, where),
    success: successResponses(doc, info, where),
    paging: pagingOf(doc, info, where),
    idempotent: idempotentOf(info, where),
    int64: responseInt64(doc, info, where),
    upload: upload && {
      ...upload,
      queryRules: queryParams.map((parameter) => ({
        parameter,
        ruleName: camel([...segments, "query", parameter.name]),
      })),
    },
    wait: undefined,
  };
}

/** The runtime's names the generated module uses. */
function runtimeImports(methods: MethodModel[]): string[] {
  const names = [
    "type OperationMeta",
    "operation",
    "type PathParamRule",
    "type RequestOptions",
    "type ResourceRuntime",
  ];
  if (methods.some((m) => m.paging)) names.push("type ItemsOf", "type PagePromise");
  if (methods.some((m) => m.upload)) names.push("upload", "type UploadOptions");
  if (methods.some((m) => m.upload && !m.upload.records)) names.push("type UploadMedia");
  if (methods.some((m) => m.upload?.records)) names.push("type UploadRecords");
  if (methods.some((m) => m.wait)) names.push("waitFor", "type WaitOptions");
  return names.sort((a, b) => compareNames(a.replace("type ", ""), b.replace("type ", "")));
}

/** Biome's import order: letter by letter ignoring case, an upper-case letter first where only case differs. */
function compareNames(a: string, b: string): number {
  for (let i = 0; i < Math.min(a.length, b.length); i++) {
    const [x, y] = [a[i]!, b[i]!];
    if (x.toLowerCase() !== y.toLowerCase()) return x.toLowerCase() < y.toLowerCase() ? -1 : 1;
    if (x !== y) return x < y ? -1 : 1;
  }
  return a.length - b.length;
}

/**
 * `x-gongkit-upload: { part, maxBytes, uniqueKey? }` on an operation whose body is multipart/form-data
 * with that one part: a file (any media type) or records (application/x-ndjson, one line per record, the
 * record's schema as the part's `contentSchema`).
 */
function uploadOf(doc: OpenApiDocument, info: OperationInfo, where: string): UploadModel | undefined {
  const declared = info.operation["x-gongkit-upload"];
  const body = info.operation.requestBody && resolve(doc, info.operation.requestBody);
  const multipart = body?.content?.[MULTIPART_MEDIA] as { schema?: Schema } | undefined;
  if (declared === undefined) {
    if (multipart !== undefined)
      throw new Error(`${where}: a ${MULTIPART_MEDIA} body needs x-gongkit-upload`);
    return undefined;
  }
  const { part, maxBytes, uniqueKey } = (declared ?? {}) as Record<string, unknown>;
  if (typeof part !== "string" || !(typeof maxBytes === "number" && maxBytes > 0)) {
    throw new Error(`${where}: x-gongkit-upload must be { part, maxBytes, uniqueKey? }`);
  }
  const properties = multipart?.schema && resolve(doc, multipart.schema).properties;
  const partSchema = properties?.[part] && resolve(doc, properties[part]!);
  if (partSchema === undefined || Object.keys(properties!).length !== 1) {
    throw new Error(
      `${where}: x-gongkit-upload names part "${part}", which must be the ${MULTIPART_MEDIA} body's one property`,
    );
  }
  const media = partSchema.contentMediaType;
  if (media !== "application/x-ndjson") {
    if (uniqueKey !== undefined) throw new Error(`${where}: uniqueKey is for records (application/x-ndjson)`);
    return { part, maxBytes, records: undefined, uniqueKey: undefined };
  }
  const ref = partSchema.contentSchema?.$ref;
  const match = ref === undefined ? null : /^#\/components\/schemas\/([^/]+)$/.exec(ref);
  if (match === null)
    throw new Error(`${where}: the records part needs contentSchema: a $ref to the record's schema`);
  if (uniqueKey !== undefined && typeof uniqueKey !== "string") {
    throw new Error(`${where}: x-gongkit-upload.uniqueKey must be a record property's name`);
  }
  return { part, maxBytes, records: { media, schema: match[1]! }, uniqueKey };
}

/** `x-gongkit-wait: { method, by, status, pending, failed }`, checked against its operation. */
function waitOf(method: MethodModel): WaitModel | undefined {
  const { info } = method;
  const where = `${info.method.toUpperCase()} ${info.path}`;
  const declared = info.operation["x-gongkit-wait"];
  if (declared === undefined) return undefined;
  const { method: name, by, status, pending, failed } = (declared ?? {}) as Record<string, unknown>;
  const strings = (value: unknown) =>
    Array.isArray(value) && value.length > 0 && value.every((item) => typeof item === "string");
  if (
    typeof name !== "string" ||
    typeof by !== "string" ||
    typeof status !== "string" ||
    !strings(pending) ||
    !strings(failed)
  ) {
    throw new Error(`${where}: x-gongkit-wait must be { method, by, status, pending: [..], failed: [..] }`);
  }
  const segments = name.split(".");
  if (segments.length < 2 || !segments.every((segment) => IDENTIFIER.test(segment))) {
    throw new Error(
      `${where}: x-gongkit-wait.method ${JSON.stringify(name)} must be like crm.waitForRequest`,
    );
  }
  if (info.method !== "get" || method.paging || method.body !== "none") {
    throw new Error(`${where}: x-gongkit-wait goes on a GET without a body or paging`);
  }
  const parameter = info.parameters.find((p) => p.name === by && (p.in === "path" || p.in === "query"));
  if (parameter === undefined)
    throw new Error(`${where}: x-gongkit-wait.by names no path or query parameter "${by}"`);
  if (parameter.in === "path" && method.query === "required") {
    throw new Error(
      `${where}: x-gongkit-wait by a path parameter needs an operation without required query parameters`,
    );
  }
  return { segments, by: parameter, status, pending: pending as string[], failed: failed as string[] };
}

/** `x-gongkit-pagination: { cursor: query | body, items }`, checked against the operation it is on. */
function pagingOf(doc: OpenApiDocument, info: OperationInfo, where: string): MethodModel["paging"] {
  const declared = info.operation["x-gongkit-pagination"];
  if (declared === undefined) return undefined;
  const { cursor, items } = (declared ?? {}) as { cursor?: unknown; items?: unknown };
  if ((cursor !== "query" && cursor !== "body") || typeof items !== "string") {
    throw new Error(
      `${where}: x-gongkit-pagination must be { cursor: query | body, items: <array property> }`,
    );
  }
  const hasCursor =
    cursor === "query"
      ? info.parameters.some((p) => p.in === "query" && p.name === "cursor")
      : bodySchema(doc, info)?.properties?.cursor !== undefined;
  if (!hasCursor)
    throw new Error(
      `${where}: x-gongkit-pagination says the cursor goes in the ${cursor}, which has no cursor`,
    );
  const ok = info.operation.responses?.["200"];
  const schema = ok && resolve(doc, ok).content?.[JSON_MEDIA]?.schema;
  const array = schema && resolve(doc, schema).properties?.[items];
  if (array === undefined || resolve(doc, array).type !== "array") {
    throw new Error(
      `${where}: x-gongkit-pagination names items "${items}", which is not an array of the 200 body`,
    );
  }
  return { cursor, items };
}

function bodySchema(doc: OpenApiDocument, info: OperationInfo): Schema | undefined {
  if (info.operation.requestBody === undefined) return undefined;
  const schema = resolve(doc, info.operation.requestBody).content?.[JSON_MEDIA] as
    | { schema?: Schema }
    | undefined;
  return schema?.schema && resolve(doc, schema.schema);
}

function idempotentOf(info: OperationInfo, where: string): boolean | undefined {
  const declared = info.operation["x-gongkit-idempotent"];
  if (declared === undefined) return undefined;
  if (typeof declared !== "boolean" || info.method !== "post") {
    throw new Error(`${where}: x-gongkit-idempotent is a boolean, and only POSTs declare it`);
  }
  return declared;
}

function responseInt64(doc: OpenApiDocument, info: OperationInfo, where: string): string[] {
  const names = new Set<string>();
  for (const [status, raw] of Object.entries(info.operation.responses ?? {})) {
    if (!/^2\d\d$/.test(status)) continue;
    for (const media of Object.values(resolve(doc, raw).content ?? {})) {
      if (media.schema) for (const name of int64Properties(doc, media.schema, where)) names.add(name);
    }
  }
  return [...names].sort();
}

/** Path parameters in the order they appear in the path template: the method's positional arguments. */
function pathParamsInOrder(info: OperationInfo, where: string): Parameter[] {
  const names = [...info.path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!);
  return names.map((name) => {
    const parameter = info.parameters.find((p) => p.in === "path" && p.name === name);
    if (parameter === undefined) throw new Error(`${where}: path parameter {${name}} is not declared`);
    if (!/^[A-Za-z_$][A-Za-z0-9_$]*$/.test(name))
      throw new Error(`${where}: path parameter "${name}" is not a valid identifier`);
    return parameter;
  });
}

function requestBodyKind(doc: OpenApiDocument, info: OperationInfo, where: string): MethodModel["body"] {
  if (info.operation.requestBody === undefined) return "none";
  const body = resolve(doc, info.operation.requestBody);
  if (body.content?.[MULTIPART_MEDIA] !== undefined && info.operation["x-gongkit-upload"] !== undefined) {
    return "none";
  }
  if (body.content?.[JSON_MEDIA] === undefined)
    throw new Error(
      `${where}: only ${JSON_MEDIA} and ${MULTIPART_MEDIA} (x-gongkit-upload) request bodies are supported`,
    );
  return body.required === true ? "required" : "optional";
}

/** Every 2xx response and the media type of its body (JSON where the spec offers it). */
function successResponses(doc: OpenApiDocument, info: OperationInfo, where: string): Success {
  const statuses = Object.keys(info.operation.responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .sort();
  if (statuses.length === 0) throw new Error(`${where} has no 2xx response`);
  const responses = statuses.map((status) => {
    const content = resolve(doc, info.operation.responses![status]!).content ?? {};
    const media = content[JSON_MEDIA] === undefined ? Object.keys(content)[0] : JSON_MEDIA;
    return { status, media };
  });
  const kind = responses.every(({ media }) => media === undefined)
    ? "none"
    : responses.every(({ media }) => media === JSON_MEDIA || media === undefined)
      ? "json"
      : "any";
  return { responses, kind };
}

function resolveSchema(doc: OpenApiDocument, parameter: Parameter) {
  return parameter.schema === undefined ? undefined : resolve(doc, parameter.schema);
}

// ---- the namespace tree (users -> get) --------------------------------------------------------

interface TreeNode {
  children: Map<string, TreeNode>;
  method?: MethodModel;
}

function namespaceTree(methods: MethodModel[]): TreeNode {
  const root: TreeNode = { children: new Map() };
  for (const method of methods) {
    let node = root;
    for (const segment of method.segments) {
      if (node.method !== undefined)
        throw new Error(
          `${method.segments.join(".")} collides with method ${node.method.segments.join(".")}`,
        );
      let child = node.children.get(segment);
      if (child === undefined) {
        child = { children: new Map() };
        node.children.set(segment, child);
      }
      node = child;
    }
    if (node.method !== undefined || node.children.size > 0) {
      throw new Error(
        `x-gongkit-method ${method.segments.join(".")} is used twice or also names a namespace`,
      );
    }
    node.method = method;
  }
  return root;
}

function emitInterface(node: TreeNode, pad: string): string {
  const lines: string[] = ["{\n"];
  for (const [name, child] of node.children) {
    if (child.method === undefined) {
      lines.push(`${pad}  ${name}: ${emitInterface(child, `${pad}  `)};\n`);
      continue;
    }
    lines.push(docComment(methodDoc(child.method), `${pad}  `));
    lines.push(`${pad}  ${name}(${signature(child.method).join(", ")}): ${resultType(child.method)};\n`);
  }
  lines.push(`${pad}}`);
  return lines.join("");
}

function emitImplementation(node: TreeNode, pad: string): string {
  const lines: string[] = ["{\n"];
  for (const [name, child] of node.children) {
    const value =
      child.method === undefined ? emitImplementation(child, `${pad}  `) : methodEntry(child.method);
    lines.push(`${pad}  ${name}: ${value},\n`);
  }
  lines.push(`${pad}}`);
  return lines.join("");
}

/** `operation(rt, "GET", "/v2/users/{id}", [usersGetId], "none", "none")`: how to send one operation. */
function methodEntry(method: MethodModel): string {
  if (method.wait) return waitEntry(method, method.wait);
  if (method.upload) return uploadEntry(method, method.upload);
  return operationCall(method);
}

function operationCall(method: MethodModel): string {
  const rules = method.pathParams.map(({ ruleName }) => ruleName).join(", ");
  const args = [
    "rt",
    JSON.stringify(method.info.method.toUpperCase()),
    JSON.stringify(method.info.path),
    `[${rules}]`,
    JSON.stringify(method.body),
    JSON.stringify(method.query),
  ];
  const meta = metaSource(method, true);
  if (meta !== undefined) args.push(meta);
  return `operation(${args.join(", ")})`;
}

/** The OperationMeta literal of a method (undefined when it is all defaults); paging and result only for methods. */
function metaSource(method: MethodModel, forMethod: boolean): string | undefined {
  const fields: string[] = [];
  if (method.idempotent !== undefined) fields.push(`idempotent: ${method.idempotent}`);
  if (forMethod && method.paging !== undefined) {
    fields.push(
      `page: { cursor: ${JSON.stringify(method.paging.cursor)}, items: ${JSON.stringify(method.paging.items)} }`,
    );
  }
  if (method.int64.length > 0) fields.push(`int64: ${JSON.stringify(method.int64)}`);
  if (forMethod && method.success.kind !== "json")
    fields.push(`result: ${JSON.stringify(method.success.kind)}`);
  return fields.length === 0 ? undefined : `{ ${fields.join(", ")} }`;
}

/** `upload(rt, "PUT", "/v2/calls/{id}/media", [callsAddMediaId], [], { part: "mediaFile", maxBytes: … })`. */
function uploadEntry(method: MethodModel, upload: NonNullable<MethodModel["upload"]>): string {
  const spec: string[] = [`part: ${JSON.stringify(upload.part)}`, `maxBytes: ${upload.maxBytes}`];
  if (upload.records) spec.push(`records: ${JSON.stringify(upload.records.media)}`);
  if (upload.uniqueKey) spec.push(`uniqueKey: ${JSON.stringify(upload.uniqueKey)}`);
  const args = [
    "rt",
    JSON.stringify(method.info.method.toUpperCase()),
    JSON.stringify(method.info.path),
    `[${method.pathParams.map(({ ruleName }) => ruleName).join(", ")}]`,
    `[${upload.queryRules.map(({ ruleName }) => ruleName).join(", ")}]`,
    `{ ${spec.join(", ")} }`,
  ];
  const meta = metaSource(method, true);
  if (meta !== undefined) args.push(meta);
  return `upload(${args.join(", ")})`;
}

/** `waitFor(operation(rt, "GET", …), { by, status, pending, failed, operation })`. */
function waitEntry(method: MethodModel, wait: WaitModel): string {
  const spec = [
    `by: { in: ${JSON.stringify(wait.by.in)}, name: ${JSON.stringify(wait.by.name)} }`,
    `status: ${JSON.stringify(wait.status)}`,
    `pending: ${JSON.stringify(wait.pending)}`,
    `failed: ${JSON.stringify(wait.failed)}`,
    `operation: ${JSON.stringify(`${method.info.method.toUpperCase()} ${method.info.path}`)}`,
  ];
  return `waitFor(${operationCall(method)}, { ${spec.join(", ")} })`;
}

function passthroughMeta(method: MethodModel): string | undefined {
  return metaSource(method, false);
}

function signature(method: MethodModel): string[] {
  if (method.wait) return waitSignature(method, method.wait);
  const t = method.typeName;
  const args = method.pathParams.map(
    ({ parameter }) => `${parameter.name}: ${t}["parameters"]["path"][${JSON.stringify(parameter.name)}]`,
  );
  if (method.body !== "none") {
    const optional = method.body === "optional" ? "?" : "";
    args.push(`body${optional}: NonNullable<${t}["requestBody"]>["content"][${JSON.stringify(JSON_MEDIA)}]`);
  }
  if (method.query !== "none") {
    const optional = method.query === "optional" && !method.upload ? "?" : "";
    args.push(`query${optional}: NonNullable<${t}["parameters"]["query"]>`);
  }
  if (method.upload?.records) {
    args.push(
      `records: UploadRecords<components["schemas"][${JSON.stringify(method.upload.records.schema)}]>`,
    );
  } else if (method.upload) {
    args.push("media: UploadMedia");
  }
  args.push(`options?: ${method.upload ? "UploadOptions" : "RequestOptions"}`);
  return args;
}

/** `(clientRequestId, options: WaitOptions & { integrationId })`: the job's id first, the rest in options. */
function waitSignature(method: MethodModel, wait: WaitModel): string[] {
  const t = method.typeName;
  const by = JSON.stringify(wait.by.name);
  if (wait.by.in === "path") {
    return [`${wait.by.name}: ${t}["parameters"]["path"][${by}]`, "options?: WaitOptions"];
  }
  const query = `NonNullable<${t}["parameters"]["query"]>`;
  const others = method.info.parameters.filter((p) => p.in === "query" && p.name !== wait.by.name);
  const optional = others.some((p) => p.required === true) ? "" : "?";
  return [`${wait.by.name}: ${query}[${by}]`, `options${optional}: WaitOptions & Omit<${query}, ${by}>`];
}

/** The body type of the 2xx responses (a union when there are several), or void when none has a body. */
function bodyType(method: MethodModel): string {
  const types = method.success.responses
    .filter(({ media }) => media !== undefined)
    .map(
      ({ status, media }) =>
        `${method.typeName}["responses"][${status}]["content"][${JSON.stringify(media)}]`,
    );
  return types.length === 0 ? "void" : types.join(" | ");
}

function resultType(method: MethodModel): string {
  if (method.paging === undefined || method.wait) return `Promise<${bodyType(method)}>`;
  const page = `${method.typeName}["responses"][200]["content"][${JSON.stringify(JSON_MEDIA)}]`;
  return `PagePromise<${page}, ItemsOf<${page}, ${JSON.stringify(method.paging.items)}>>`;
}

function methodDoc(method: MethodModel): string[] {
  if (method.wait) return waitDoc(method, method.wait);
  const { operation, method: verb, path } = method.info;
  const lines: string[] = [];
  // Editors strike a deprecated method through; the reason is the description's first sentence.
  if (operation.deprecated) {
    const first = oneLine(operation.description ?? "").split(/(?<=\.)\s/)[0] ?? "";
    const reason = /deprecated/i.test(first)
      ? first.replace(/^\*\*Deprecated:\*\*\s*/, "")
      : "Gong marks this operation deprecated.";
    lines.push(`@deprecated ${reason}`, "");
  }
  if (operation.summary) lines.push(operation.summary, "");
  if (operation.description) lines.push(operation.description.trim(), "");
  const id = operation.operationId === undefined ? "" : ` (operationId \`${operation.operationId}\`)`;
  lines.push(`\`${verb.toUpperCase()} ${path}\`${id}`, "");
  for (const { parameter } of method.pathParams) {
    lines.push(`@param ${parameter.name} ${oneLine(parameter.description ?? "")}`.trimEnd());
  }
  if (method.body !== "none") lines.push("@param body The JSON request body.");
  if (method.query !== "none") {
    lines.push("@param query Query parameters:");
    for (const parameter of method.info.parameters.filter((p) => p.in === "query")) {
      lines.push(`@param query.${parameter.name} ${oneLine(parameter.description ?? "")}`.trimEnd());
    }
  }
  const upload = method.upload;
  if (upload?.records) {
    lines.push(
      `@param records The records, sent as LDJSON (one per line) in the \`${upload.part}\` part: an array (checked and measured before anything is sent, resent whole on a retry) or an (async) iterable (streamed, sent once)${upload.uniqueKey ? `; each \`${upload.uniqueKey}\` at most once` : ""}. At most ${upload.maxBytes} bytes.`,
    );
  } else if (upload) {
    lines.push(
      `@param media The \`${upload.part}\` file: a Blob or File (in Node, \`fs.openAsBlob(path)\`: never read into memory, resent from its first byte on a retry), or \`{ stream, size?, filename?, contentType? }\` (sent once). At most ${upload.maxBytes} bytes.`,
    );
  }
  lines.push(
    upload
      ? "@param options `signal`, `timeoutMs` (idle time, while the upload moves), `maxRetries` and `onUploadProgress` for this call."
      : "@param options `signal`, `timeoutMs` and `maxRetries` for this call.",
  );
  const statuses = method.success.responses.map(({ status }) => status).join(" or ");
  if (method.paging !== undefined) {
    lines.push(
      `@returns The first page's 200 response body. Iterate it (\`for await\`) for every item of \`${method.paging.items}\` on every page, or \`.pages()\` for every page's body.`,
    );
  } else if (method.success.kind === "none") {
    lines.push(`@returns Nothing: the ${statuses} response has no body.`);
  } else {
    lines.push(`@returns The ${statuses} response body.`);
  }
  return lines;
}

function waitDoc(method: MethodModel, wait: WaitModel): string[] {
  const { method: verb, path } = method.info;
  const done = `anything but ${[...wait.pending, ...wait.failed].join(", ")}`;
  return [
    `Waits for a job that Gong finishes after answering: polls \`${verb.toUpperCase()} ${path}\` (\`${method.segments.join(".")}\`) through the client's rate limiter, every 2 s at first and up to every 30 s, while \`${wait.status}\` is ${wait.pending.join(" or ")}.`,
    "",
    `@param ${wait.by.name} ${oneLine(wait.by.description ?? "")}`.trimEnd(),
    `@param options \`signal\`, \`timeoutMs\` (the whole wait; default an hour), \`intervalMs\`, \`maxIntervalMs\`, \`onPoll\`${wait.by.in === "query" ? ", and the operation's other query parameters" : ""}.`,
    `@returns The last status body, once \`${wait.status}\` is ${done}.`,
    `@throws GongJobFailedError (with the body as \`result\`) when \`${wait.status}\` is ${wait.failed.join(" or ")}; GongJobTimeoutError when \`timeoutMs\` runs out.`,
  ];
}

function oneLine(text: string): string {
  return text.replace(/\s+/g, " ").trim();
}

function camel(words: string[]): string {
  return words
    .map((word, i) => {
      const clean = word.replace(/[^A-Za-z0-9]+(.)?/g, (_, next: string | undefined) =>
        (next ?? "").toUpperCase(),
      );
      return i === 0 ? clean : clean[0]!.toUpperCase() + clean.slice(1);
    })
    .join("");
}
