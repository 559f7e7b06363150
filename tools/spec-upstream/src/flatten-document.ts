// Flattens an OpenAPI document into one entry per operation, parameter, request body, response and
// (recursively, through `$ref`s) schema property, keyed by a readable path:
//   GET /v2/calls                                   the operation
//   GET /v2/calls query.fromDateTime                a parameter (`path.`, `header.`, `cookie.` alike)
//   POST /v2/calls/extensive body.filter.callIds[]  request body properties; `[]` is an array's items
//   POST /v2/calls/extensive 200                    a response
//   POST /v2/calls/extensive 200 body.calls[].id    response body properties; `{}` is a map's values
import {
  BadInputError,
  followRefs,
  HTTP_METHODS,
  type OpenApiDocument,
  type Operation,
  type Parameter,
  type PathItem,
  type Schema,
} from "./openapi.ts";

export type NodeKind = "operation" | "parameter" | "request body" | "response" | "property";

/** What the comparison looks at in one entry; absent fields do not apply to its kind. */
export interface NodeFacts {
  kind: NodeKind;
  type?: string;
  format?: string;
  enum?: string[];
  minimum?: number;
  maximum?: number;
  required?: boolean;
  in?: string;
  mediaTypes?: string[];
}

export type FlatDocument = Map<string, NodeFacts>;

// Far beyond any real payload (Gong's whole document flattens to some 3,500 entries): guards that stop
// a document that would expand without end, should the cycle check ever miss one.
const MAX_DEPTH = 64;
const MAX_ENTRIES = 200_000;
const ANY_TYPES = ["array", "boolean", "number", "object", "string"];

/** The normalized type: 3.0 `nullable` and 3.1 type lists both read `integer | null`; all types read `any`. */
export function typeName(schema: Schema): string {
  let types = Array.isArray(schema.type) ? [...schema.type] : schema.type === undefined ? [] : [schema.type];
  if (types.length === 0 && schema.properties !== undefined) types = ["object"];
  if (types.length === 0 && schema.items !== undefined) types = ["array"];
  const nullable = schema.nullable === true || types.includes("null");
  types = types.filter((type) => type !== "null").sort();
  if (types.length === 0 || ANY_TYPES.every((type) => types.includes(type))) types = ["any"];
  return [...types, ...(nullable ? ["null"] : [])].join(" | ");
}

function enumValues(schema: Schema): string[] | undefined {
  if (schema.enum === undefined) return undefined;
  return schema.enum
    .filter((value) => value !== null)
    .map((value) => (typeof value === "string" ? value : JSON.stringify(value)))
    .sort();
}

function schemaFacts(schema: Schema): Omit<NodeFacts, "kind"> {
  const facts: Omit<NodeFacts, "kind"> = { type: typeName(schema) };
  if (schema.format !== undefined) facts.format = schema.format;
  const values = enumValues(schema);
  if (values !== undefined) facts.enum = values;
  if (typeof schema.minimum === "number") facts.minimum = schema.minimum;
  if (typeof schema.maximum === "number") facts.maximum = schema.maximum;
  return facts;
}

/** The media type whose schema is compared: JSON first, then `*` + `/*`, then whatever comes first. */
export function primaryMediaType(content: Record<string, unknown>): string | undefined {
  const types = Object.keys(content);
  return (
    types.find((type) => type === "application/json") ??
    types.find((type) => /[/+]json$/.test(type)) ??
    types.find((type) => type === "*/*") ??
    types[0]
  );
}

class Flattener {
  readonly entries: FlatDocument = new Map();
  private readonly doc: OpenApiDocument;
  constructor(doc: OpenApiDocument) {
    this.doc = doc;
  }

  /**
   * One schema and everything under it. `stack` holds the `$ref`s being expanded above this point: a
   * `$ref` met again is a cycle, recorded here and not expanded a second time.
   */
  schema(
    raw: Schema,
    key: string,
    childPrefix: string,
    base: NodeFacts,
    stack: string[],
    depth = 0,
    childIn?: string,
  ): void {
    const { value, refs } = followRefs(this.doc, raw);
    const cyclic = refs.some((ref) => stack.includes(ref));
    const inner = [...stack, ...refs];
    const schema = this.merged(value, inner);
    this.entries.set(key, { ...base, ...schemaFacts(schema) });
    if (this.entries.size > MAX_ENTRIES) {
      throw new BadInputError(
        `the document expands to more than ${MAX_ENTRIES.toLocaleString("en-US")} paths`,
      );
    }
    if (cyclic || depth >= MAX_DEPTH) return;
    const required = new Set(schema.required ?? []);
    for (const [name, property] of Object.entries(schema.properties ?? {})) {
      const path = `${childPrefix}.${name}`;
      const facts: NodeFacts = { kind: "property", required: required.has(name) };
      // A request body's top-level properties sit beside the parameters: `in: body` shows one moving there.
      if (childIn !== undefined) facts.in = childIn;
      this.schema(property, path, path, facts, inner, depth + 1);
    }
    if (schema.items !== undefined) {
      const path = `${childPrefix}[]`;
      this.schema(schema.items, path, path, { kind: "property" }, inner, depth + 1);
    }
    if (typeof schema.additionalProperties === "object") {
      const path = `${childPrefix}{}`;
      this.schema(schema.additionalProperties, path, path, { kind: "property" }, inner, depth + 1);
    }
  }

  /** `allOf` members merged into one schema; `oneOf`/`anyOf` alternatives contribute types and properties. */
  merged(schema: Schema, stack: string[]): Schema {
    const parts = [...(schema.allOf ?? []), ...(schema.oneOf ?? []), ...(schema.anyOf ?? [])];
    if (parts.length === 0) return schema;
    const result: Schema = {
      ...schema,
      properties: { ...schema.properties },
      required: [...(schema.required ?? [])],
    };
    const types = new Set(typeName(schema) === "any" ? [] : [typeName(schema)]);
    for (const part of parts) {
      const { value, refs } = followRefs(this.doc, part);
      if (refs.some((ref) => stack.includes(ref))) continue;
      const member = this.merged(value, [...stack, ...refs]);
      Object.assign(result.properties!, member.properties);
      if (schema.allOf?.includes(part)) result.required!.push(...(member.required ?? []));
      if (typeName(member) !== "any") types.add(typeName(member));
      if (result.format === undefined && member.format !== undefined) result.format = member.format;
      if (result.enum === undefined && member.enum !== undefined) result.enum = member.enum;
    }
    if (types.size > 0) result.type = [...types].flatMap((type) => type.split(" | "));
    return result;
  }

  parameters(op: string, pathItem: PathItem, operation: Operation): void {
    const byLocation = new Map<string, Parameter>();
    for (const raw of [...(pathItem.parameters ?? []), ...(operation.parameters ?? [])]) {
      const { value } = followRefs(this.doc, raw);
      byLocation.set(`${value.in}.${value.name}`, value);
    }
    for (const [location, parameter] of byLocation) {
      const key = `${op} ${location}`;
      const facts: NodeFacts = { kind: "parameter", required: parameter.required === true };
      if (parameter.in !== undefined) facts.in = parameter.in;
      const content = (parameter as { content?: Record<string, { schema?: Schema }> }).content ?? {};
      const schema = parameter.schema ?? content[primaryMediaType(content) ?? ""]?.schema ?? {};
      this.schema(schema, key, key, facts, []);
    }
  }

  body(
    key: string,
    childPrefix: string,
    base: NodeFacts,
    content: Record<string, { schema?: Schema }>,
    childIn?: string,
  ): void {
    const facts: NodeFacts = { ...base, mediaTypes: Object.keys(content).sort() };
    const schema = content[primaryMediaType(content) ?? ""]?.schema;
    if (schema === undefined) this.entries.set(key, facts);
    else this.schema(schema, key, childPrefix, facts, [], 0, childIn);
  }

  operation(path: string, method: string, pathItem: PathItem, operation: Operation): void {
    const op = `${method.toUpperCase()} ${path}`;
    this.entries.set(op, { kind: "operation" });
    this.parameters(op, pathItem, operation);
    if (operation.requestBody !== undefined) {
      const { value } = followRefs(this.doc, operation.requestBody);
      const base: NodeFacts = { kind: "request body", required: value.required === true };
      this.body(`${op} body`, `${op} body`, base, value.content ?? {}, "body");
    }
    for (const [status, raw] of Object.entries(operation.responses ?? {})) {
      const { value } = followRefs(this.doc, raw);
      this.body(`${op} ${status}`, `${op} ${status} body`, { kind: "response" }, value.content ?? {});
    }
  }
}

/** Every operation, parameter, body, response and property of `doc`, by path. */
export function flattenDocument(doc: OpenApiDocument): FlatDocument {
  const flattener = new Flattener(doc);
  for (const [path, raw] of Object.entries(doc.paths)) {
    const { value: pathItem } = followRefs(doc, raw);
    for (const method of HTTP_METHODS) {
      const operation = pathItem[method];
      if (operation !== undefined) flattener.operation(path, method, pathItem, operation);
    }
  }
  return flattener.entries;
}

/** Parameters and properties: the paths counted as "matched". */
export function isFieldPath(facts: NodeFacts): boolean {
  return facts.kind === "parameter" || facts.kind === "property";
}
