// Emits @gongkit/client's resource layer (src/generated/resources.ts) from the bundled spec: one
// method per operation, named by the operation's `x-gongkit-method` ("namespace.method").
import { docComment } from "./doc-comment.ts";
import { pathParamRuleSource } from "./path-param-rule.ts";
import {
  collectOperations,
  type OpenApiDocument,
  type OperationInfo,
  type Parameter,
  resolve,
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
  successStatus: string;
}

/** The source of resources.ts for `doc`. Deterministic: same spec, same bytes. */
export function generateResources(doc: OpenApiDocument, options: GenerateOptions): string {
  const methods = collectOperations(doc).map((info) => methodModel(doc, info));
  const tree = namespaceTree(methods);
  const out: string[] = [
    `// Generated from ${options.source} by tools/client-codegen. ${HEADER_NOTE}\n`,
    `// Regenerate with \`${options.regenerate ?? "pnpm generate"}\`.\n\n`,
    `import type { paths } from ${JSON.stringify(options.typesModule)};\n`,
    `import { operation, type PathParamRule, type RequestOptions, type ResourceRuntime } from ${JSON.stringify(options.runtimeModule)};\n\n`,
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
  out.push("  return resources as unknown as GongResources;\n}\n");
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
    successStatus: successStatus(doc, info, where),
  };
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

/** The first 2xx response, which must have a JSON body (Gong's API always answers JSON). */
function successStatus(doc: OpenApiDocument, info: OperationInfo, where: string): string {
  const status = Object.keys(info.operation.responses ?? {})
    .filter((code) => /^2\d\d$/.test(code))
    .sort()[0];
  if (status === undefined) throw new Error(`${where} has no 2xx response`);
  const response = resolve(doc, info.operation.responses![status]!);
  if (response.content?.[JSON_MEDIA] === undefined)
    throw new Error(`${where}: the ${status} response has no ${JSON_MEDIA} body`);
  return status;
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
    lines.push(
      `${pad}  ${name}(${signature(child.method).join(", ")}): Promise<${resultType(child.method)}>;\n`,
    );
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
  return `operation(${args.join(", ")})`;
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

function resultType(method: MethodModel): string {
  return `${method.typeName}["responses"][${method.successStatus}]["content"][${JSON.stringify(JSON_MEDIA)}]`;
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
  lines.push(`@returns The ${method.successStatus} response body.`);
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
