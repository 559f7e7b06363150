// The slice of an OpenAPI 3.0 or 3.1 document the comparison reads, and how it follows `$ref`s.

export interface Schema {
  $ref?: string;
  type?: string | string[];
  nullable?: boolean;
  format?: string;
  enum?: unknown[];
  minimum?: number;
  maximum?: number;
  properties?: Record<string, Schema>;
  required?: string[];
  items?: Schema;
  additionalProperties?: Schema | boolean;
  allOf?: Schema[];
  oneOf?: Schema[];
  anyOf?: Schema[];
}

export interface Parameter {
  $ref?: string;
  name?: string;
  in?: string;
  required?: boolean;
  schema?: Schema;
}

export interface MediaTypeObject {
  schema?: Schema;
}

export interface RequestBody {
  $ref?: string;
  required?: boolean;
  content?: Record<string, MediaTypeObject>;
}

export interface Response {
  $ref?: string;
  content?: Record<string, MediaTypeObject>;
}

export interface Operation {
  parameters?: Parameter[];
  requestBody?: RequestBody;
  responses?: Record<string, Response>;
}

export type PathItem = { $ref?: string; parameters?: Parameter[] } & Partial<Record<HttpMethod, Operation>>;

export interface OpenApiDocument {
  openapi: string;
  paths: Record<string, PathItem>;
  components?: Record<string, Record<string, unknown>>;
}

export const HTTP_METHODS = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof HTTP_METHODS)[number];

/** An input the tool cannot compare: a missing file, a failed download, JSON that is not OpenAPI. */
export class BadInputError extends Error {
  override name = "BadInputError";
}

/** The value a local JSON pointer (`#/components/schemas/Call`) names, per RFC 6901. */
export function resolvePointer(doc: OpenApiDocument, ref: string): unknown {
  if (!ref.startsWith("#/"))
    throw new BadInputError(`$ref ${ref} is not local: only #/... refs are followed`);
  let node: unknown = doc;
  for (const raw of ref.slice(2).split("/")) {
    const key = decodeURIComponent(raw).replaceAll("~1", "/").replaceAll("~0", "~");
    if (node === null || typeof node !== "object" || !(key in node)) {
      throw new BadInputError(`$ref ${ref} points at nothing`);
    }
    node = (node as Record<string, unknown>)[key];
  }
  return node;
}

/** Follows a chain of `$ref`s to the object it ends on; the refs met on the way come back too. */
export function followRefs<T extends { $ref?: string }>(
  doc: OpenApiDocument,
  value: T,
): { value: T; refs: string[] } {
  const refs: string[] = [];
  let current = value;
  while (typeof current.$ref === "string") {
    if (refs.includes(current.$ref)) throw new BadInputError(`$ref ${current.$ref} refers to itself`);
    refs.push(current.$ref);
    const next = resolvePointer(doc, current.$ref);
    if (next === null || typeof next !== "object")
      throw new BadInputError(`$ref ${current.$ref} is not an object`);
    current = next as T;
  }
  return { value: current, refs };
}
