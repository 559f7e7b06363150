// The slice of an OpenAPI 3.1 document the generator reads, and how it walks it.

export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  pattern?: string;
  minLength?: number;
  maxLength?: number;
  minimum?: number;
  maximum?: number;
  enum?: unknown[];
  contentMediaType?: string;
  contentSchema?: Schema;
}

export interface Parameter {
  $ref?: string;
  name: string;
  in: "path" | "query" | "header" | "cookie";
  required?: boolean;
  description?: string;
  schema?: Schema;
}

export interface Operation {
  operationId?: string;
  summary?: string;
  description?: string;
  parameters?: Parameter[];
  requestBody?: { $ref?: string; required?: boolean; content?: Record<string, unknown> };
  responses?: Record<string, { $ref?: string; content?: Record<string, { schema?: Schema }> }>;
  deprecated?: boolean;
  "x-gongkit-method"?: unknown;
  "x-gongkit-pagination"?: unknown;
  "x-gongkit-idempotent"?: unknown;
  "x-gongkit-upload"?: unknown;
  "x-gongkit-wait"?: unknown;
}

export type PathItem = { parameters?: Parameter[] } & Partial<Record<HttpMethod, Operation>>;

export interface OpenApiDocument {
  paths?: Record<string, PathItem & { $ref?: string }>;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An operation with everything the emitter needs, refs resolved, path-level parameters merged in. */
export interface OperationInfo {
  path: string;
  method: HttpMethod;
  operation: Operation;
  parameters: Parameter[];
}

/** Follows a local `$ref` (`#/components/...`); the bundled spec has no other kind. */
export function resolve<T extends { $ref?: string }>(doc: OpenApiDocument, value: T): T {
  let current: T = value;
  for (let hops = 0; current.$ref !== undefined; hops++) {
    if (hops > 20 || !current.$ref.startsWith("#/")) throw new Error(`Cannot resolve $ref ${current.$ref}`);
    let target: unknown = doc;
    for (const raw of current.$ref.slice(2).split("/")) {
      const key = raw.replace(/~1/g, "/").replace(/~0/g, "~");
      target = (target as Record<string, unknown> | undefined)?.[key];
    }
    if (target === undefined) throw new Error(`Cannot resolve $ref ${current.$ref}`);
    current = target as T;
  }
  return current;
}

/** Every operation, in the document's path order then HTTP method order (deterministic output). */
export function collectOperations(doc: OpenApiDocument): OperationInfo[] {
  const operations: OperationInfo[] = [];
  for (const [path, rawItem] of Object.entries(doc.paths ?? {})) {
    const item = resolve(doc, rawItem);
    for (const method of HTTP_METHODS) {
      const operation = item[method];
      if (operation === undefined) continue;
      operations.push({ path, method, operation, parameters: mergeParameters(doc, item, operation) });
    }
  }
  return operations;
}

/** Path-level parameters apply to each operation unless the operation redefines them (same name and `in`). */
function mergeParameters(doc: OpenApiDocument, item: PathItem, operation: Operation): Parameter[] {
  const byKey = new Map<string, Parameter>();
  for (const raw of [...(item.parameters ?? []), ...(operation.parameters ?? [])]) {
    const parameter = resolve(doc, raw);
    byKey.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...byKey.values()];
}
