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
}

/** The 2xx responses: their statuses with the media type of each body (undefined: no body). */
interface Success {
  responses: { status: string; media: string | undefined }[];
  /** json: every body is JSON; any: some body may not be (`*\/*`); none: no body at all. */
  kind: "json" | "any" | "none";
}

/** The source of resources.ts for `doc`. Deterministic: same spec, same bytes. */
export function generateResources(doc: OpenApiDocument, options: GenerateOptions): string {
  const methods = collectOperations(doc).map((info) => methodModel(doc, info));
  const tree = namespaceTree(methods);
  const out: string[] = [
    `// Generated from ${options.source} by tools/client-codegen. ${HEADER_NOTE}\n`,
    `// Regenerate with \`${options.regenerate ?? "pnpm generate"}\`.\n\n`,
    `import type { paths } from ${JSON.stringify(options.typesModule)};\n`,
    `import {\n  type ItemsOf,\n  type OperationMeta,\n  operation,\n  type PagePromise,\n  type PathParamRule,\n  type RequestOptions,\n  type ResourceRuntime,\n} from ${JSON.stringify(options.runtimeModule)};\n\n`,
  ];
  for (const method of methods) {
    out.push(
      `type ${method.typeName} = paths[${JSON.stringify(method.info.path)}][${JSON.stringify(method.info.method)}];\n`,
    );
  }
  out.push("\n");
  for (const method of methods) {
    for (const { parameter, ruleName } of method.pathParams) {
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
  for (const method of methods) {
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
  };
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
  if (body.content?.[JSON_MEDIA] === undefined)
    throw new Error(`${where}: only ${JSON_MEDIA} request bodies are supported`);
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

function passthroughMeta(method: MethodModel): string | undefined {
  return metaSource(method, false);
}

function signature(method: MethodModel): string[] {
  const t = method.typeName;
  const args = method.pathParams.map(
    ({ parameter }) => `${parameter.name}: ${t}["parameters"]["path"][${JSON.stringify(parameter.name)}]`,
  );
  if (method.body !== "none") {
    const optional = method.body === "optional" ? "?" : "";
    args.push(`body${optional}: NonNullable<${t}["requestBody"]>["content"][${JSON.stringify(JSON_MEDIA)}]`);
  }
  if (method.query !== "none") {
    const optional = method.query === "optional" ? "?" : "";
    args.push(`query${optional}: NonNullable<${t}["parameters"]["query"]>`);
  }
  args.push("options?: RequestOptions");
  return args;
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
  if (method.paging === undefined) return `Promise<${bodyType(method)}>`;
  const page = `${method.typeName}["responses"][200]["content"][${JSON.stringify(JSON_MEDIA)}]`;
  return `PagePromise<${page}, ItemsOf<${page}, ${JSON.stringify(method.paging.items)}>>`;
}

function methodDoc(method: MethodModel): string[] {
  const { operation, method: verb, path } = method.info;
  const lines: string[] = [];
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
  lines.push("@param options `signal`, `timeoutMs` and `maxRetries` for this call.");
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
