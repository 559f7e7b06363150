import { isLossyInteger } from "@gongkit/client-codegen/int64";
import type { MaybeRef, OpenApiDocument, Schema } from "./openapi.ts";
import { isReference, resolveRef } from "./resolve-ref.ts";

/** One row of a field table: a property at any depth of a body, parameter or header schema. */
export interface FieldRow {
  /** Property names from the root, e.g. `["user", "spokenLanguages", "language"]`: the anchor path. */
  path: string[];
  /** The same path as a reader sees it, with `[]` after arrays: `["user", "spokenLanguages[]", "language"]`. */
  display: string[];
  name: string;
  type: string;
  description?: string;
  required: boolean;
  deprecated: boolean;
  example?: unknown;
  constraints: string[];
  /** A 64-bit integer (or array of them) that @gongkit/client delivers and takes as a string. */
  int64AsString?: boolean;
  /** The components named in the type (`Party` of `array of Party`), each with a page of its own. */
  schemaRefs?: string[];
  /** The nearest component schema that declares this field, and the field's path within it. */
  owner?: FieldOwner;
}

/** Where a field is declared: `{ schema: "Party", path: ["emailAddress"] }`, the anchor on Party's page. */
export interface FieldOwner {
  schema: string;
  path: string[];
}

export interface SchemaSummary {
  type: string;
  /** The component name when the schema is a `$ref` to `#/components/schemas/...`. */
  name?: string;
  description?: string;
  fields: FieldRow[];
}

const maxDepth = 16;

// Bodies are mostly shared (`$ref` to the same schema, the same error responses on every operation):
// each is flattened once per document. The summaries are read-only for every caller.
const summaries = new WeakMap<OpenApiDocument, Map<unknown, SchemaSummary>>();

/** Flattens a schema into a row per property, depth first, stopping at recursive references. */
export function describeSchema(doc: OpenApiDocument, schemaRef: MaybeRef<Schema>): SchemaSummary {
  let cache = summaries.get(doc);
  if (cache === undefined) {
    cache = new Map();
    summaries.set(doc, cache);
  }
  // A bare `{ $ref }` means the same wherever it appears; anything else is its own object.
  const key = isReference(schemaRef) && Object.keys(schemaRef).length === 1 ? schemaRef.$ref : schemaRef;
  let summary = cache.get(key);
  if (summary === undefined) {
    summary = flatten(doc, schemaRef);
    cache.set(key, summary);
  }
  return summary;
}

function flatten(doc: OpenApiDocument, schemaRef: MaybeRef<Schema>): SchemaSummary {
  const { value, name } = resolveRef(doc, schemaRef);
  const fields: FieldRow[] = [];
  const root = merged(doc, value);
  const rootIsArray = primaryType(root) === "array" && root.items !== undefined;
  const component = componentName(schemaRef);
  const owner = component === undefined ? undefined : { schema: component, depth: 0 };
  walk(doc, rootIsArray ? root.items! : schemaRef, [], rootIsArray ? ["[]"] : [], new Set(), fields, owner);
  const summary: SchemaSummary = { type: typeLabel(doc, schemaRef), fields: mergeVariants(fields) };
  if (name !== undefined) summary.name = name;
  const description = describedBy(doc, schemaRef);
  if (description !== undefined) summary.description = description;
  return summary;
}

function walk(
  doc: OpenApiDocument,
  schemaRef: MaybeRef<Schema>,
  path: string[],
  display: string[],
  ancestors: Set<string>,
  rows: FieldRow[],
  /** The component schema being walked and the depth at which its properties start. */
  parentOwner: { schema: string; depth: number } | undefined,
): void {
  if (path.length >= maxDepth) return;
  const { value, name } = resolveRef(doc, schemaRef);
  if (name !== undefined && ancestors.has(name)) return;
  const component = componentName(schemaRef);
  const owner = component === undefined ? parentOwner : { schema: component, depth: path.length };
  const lineage = name === undefined ? ancestors : new Set([...ancestors, name]);
  const schema = merged(doc, value);
  const required = new Set(schema.required ?? []);
  for (const [property, propertyRef] of Object.entries(schema.properties ?? {})) {
    const property_ = merged(doc, resolveRef(doc, propertyRef).value);
    const row: FieldRow = {
      path: [...path, property],
      display: [...display, property],
      name: property,
      type: typeLabel(doc, propertyRef),
      required: required.has(property),
      deprecated: property_.deprecated ?? false,
      constraints: constraints(property_),
    };
    const description = describedBy(doc, propertyRef);
    if (description !== undefined) row.description = description;
    if (holdsStringIntegers(doc, propertyRef)) row.int64AsString = true;
    const example = property_.example ?? property_.examples?.[0];
    if (example !== undefined) row.example = example;
    const refs = schemaRefsOf(doc, propertyRef);
    if (refs.length > 0) row.schemaRefs = refs;
    if (owner !== undefined) row.owner = { schema: owner.schema, path: row.path.slice(owner.depth) };
    rows.push(row);
    const child = childOf(doc, propertyRef);
    if (child) walk(doc, child.schema, row.path, [...display, property + child.suffix], lineage, rows, owner);
  }
  for (const variant of [...(schema.oneOf ?? []), ...(schema.anyOf ?? [])]) {
    walk(doc, variant, path, display, lineage, rows, owner);
  }
}

const schemaPrefix = "#/components/schemas/";

/** The component name of a `$ref` to `#/components/schemas/<name>` (through chains), else undefined. */
export function componentName(schemaRef: MaybeRef<Schema>): string | undefined {
  if (!isReference(schemaRef) || !schemaRef.$ref.startsWith(schemaPrefix)) return undefined;
  const name = schemaRef.$ref.slice(schemaPrefix.length);
  return name.includes("/") ? undefined : name.replaceAll("~1", "/").replaceAll("~0", "~");
}

/** The component schemas a type names: itself, its array items, map values and oneOf/anyOf variants. */
export function schemaRefsOf(doc: OpenApiDocument, schemaRef: MaybeRef<Schema>, depth = 0): string[] {
  const name = componentName(schemaRef);
  if (name !== undefined) return [name];
  if (depth > 4) return [];
  const schema = merged(doc, resolveRef(doc, schemaRef).value);
  const parts = [
    ...(schema.oneOf ?? []),
    ...(schema.anyOf ?? []),
    ...(schema.items === undefined ? [] : [schema.items]),
    ...(typeof schema.additionalProperties === "object" && !schema.properties
      ? [schema.additionalProperties]
      : []),
  ];
  return [...new Set(parts.flatMap((part) => schemaRefsOf(doc, part, depth + 1)))];
}

/**
 * One row per path: oneOf/anyOf variants that share a property (`objectId` of every CRM record) give one
 * row, the first variant's, with each variant's type; so every path has one anchor.
 */
function mergeVariants(rows: FieldRow[]): FieldRow[] {
  const byPath = new Map<string, FieldRow>();
  const merged: FieldRow[] = [];
  for (const row of rows) {
    const key = row.path.join("\u0000");
    const first = byPath.get(key);
    if (first === undefined) {
      byPath.set(key, row);
      merged.push(row);
      continue;
    }
    if (!first.type.split(" | ").includes(row.type)) first.type = `${first.type} | ${row.type}`;
    const refs = [...new Set([...(first.schemaRefs ?? []), ...(row.schemaRefs ?? [])])];
    if (refs.length > 0) first.schemaRefs = refs;
    first.required &&= row.required;
  }
  return merged;
}

/** The schema whose properties continue the table below a property: itself, its array items or map values. */
function childOf(
  doc: OpenApiDocument,
  propertyRef: MaybeRef<Schema>,
): { schema: MaybeRef<Schema>; suffix: string } | undefined {
  let current = propertyRef;
  let schema = merged(doc, resolveRef(doc, current).value);
  let suffix = "";
  while (primaryType(schema) === "array" && schema.items !== undefined) {
    current = schema.items;
    schema = merged(doc, resolveRef(doc, current).value);
    suffix += "[]";
  }
  if (typeof schema.additionalProperties === "object" && !schema.properties) {
    current = schema.additionalProperties;
    schema = merged(doc, resolveRef(doc, current).value);
    suffix += "{}";
  }
  if (schema.properties || schema.oneOf || schema.anyOf) return { schema: current, suffix };
  return undefined;
}

/** allOf members merged into one schema (properties and required lists unioned). */
export function merged(doc: OpenApiDocument, schema: Schema): Schema {
  if (!schema.allOf) return schema;
  const { allOf, ...rest } = schema;
  const result: Schema = {
    ...rest,
    properties: { ...rest.properties },
    required: [...(rest.required ?? [])],
  };
  for (const part of allOf.map((p) => merged(doc, resolveRef(doc, p).value))) {
    const { properties, required, ...keywords } = part;
    Object.assign(result, { ...keywords, ...rest });
    Object.assign(result.properties!, properties, rest.properties);
    result.required!.push(...(required ?? []));
  }
  return result;
}

function primaryType(schema: Schema): string | undefined {
  const types = Array.isArray(schema.type) ? schema.type.filter((t) => t !== "null") : [schema.type];
  return types[0] ?? (schema.properties ? "object" : undefined);
}

/** A reader's name for a schema's type: `string (date-time)`, `array of SpokenLanguage`, `Settings`. */
export function typeLabel(doc: OpenApiDocument, schemaRef: MaybeRef<Schema>): string {
  const { value, name } = resolveRef(doc, schemaRef);
  const schema = merged(doc, value);
  const variants = schema.oneOf ?? schema.anyOf;
  if (variants) return variants.map((variant) => typeLabel(doc, variant)).join(" | ");
  if (schema.const !== undefined) return JSON.stringify(schema.const);
  const types = Array.isArray(schema.type) ? schema.type : schema.type ? [schema.type] : [];
  const nullable = types.includes("null");
  const type = primaryType(schema);
  let label: string;
  if (type === "array") {
    label = schema.items === undefined ? "array" : `array of ${typeLabel(doc, schema.items)}`;
  } else if (type === "object") {
    const values = schema.additionalProperties;
    if (name !== undefined) label = name;
    else if (typeof values === "object" && !schema.properties) label = `map of ${typeLabel(doc, values)}`;
    else label = "object";
  } else if (isLossyInteger(schema)) {
    // Beyond 2^53 a JS number loses digits: @gongkit/client delivers and takes these as strings.
    label = "string (int64)";
  } else if (type !== undefined) {
    label = schema.format === undefined ? type : `${type} (${schema.format})`;
  } else {
    label = name ?? "any";
  }
  return nullable ? `${label} | null` : label;
}

/** An `integer`/`int64` without a `maximum` that fits a JS number (or an array of them): a string in @gongkit/client. */
export function holdsStringIntegers(doc: OpenApiDocument, schemaRef: MaybeRef<Schema>): boolean {
  let schema = merged(doc, resolveRef(doc, schemaRef).value);
  while (primaryType(schema) === "array" && schema.items !== undefined)
    schema = merged(doc, resolveRef(doc, schema.items).value);
  return isLossyInteger(schema);
}

/** Validation keywords a caller must respect, as short phrases. */
export function constraints(schema: Schema): string[] {
  const out: string[] = [];
  if (schema.pattern !== undefined) out.push(`pattern ${schema.pattern}`);
  if (schema.enum !== undefined) out.push(`one of ${schema.enum.map((v) => JSON.stringify(v)).join(", ")}`);
  if (schema.minimum !== undefined) out.push(`>= ${schema.minimum}`);
  if (schema.exclusiveMinimum !== undefined) out.push(`> ${schema.exclusiveMinimum}`);
  if (schema.maximum !== undefined) out.push(`<= ${schema.maximum}`);
  if (schema.exclusiveMaximum !== undefined) out.push(`< ${schema.exclusiveMaximum}`);
  if (schema.minLength !== undefined) out.push(`min length ${schema.minLength}`);
  if (schema.maxLength !== undefined) out.push(`max length ${schema.maxLength}`);
  if (schema.minItems !== undefined) out.push(`min items ${schema.minItems}`);
  if (schema.maxItems !== undefined) out.push(`max items ${schema.maxItems}`);
  if (schema.default !== undefined) out.push(`default ${JSON.stringify(schema.default)}`);
  if (schema.readOnly) out.push("read-only");
  if (schema.writeOnly) out.push("write-only");
  return out;
}

/** A description on the `$ref` itself (OpenAPI 3.1) wins over the referenced schema's. */
function describedBy(doc: OpenApiDocument, schemaRef: MaybeRef<Schema>): string | undefined {
  if (isReference(schemaRef) && schemaRef.description !== undefined) return schemaRef.description;
  return merged(doc, resolveRef(doc, schemaRef).value).description;
}
