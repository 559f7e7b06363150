// What a component schema's page says, and its Markdown twin with it: one reading of the spec for both.
import type { MaybeRef, OpenApiDocument, Schema } from "./openapi.ts";
import { exampleOfSchema } from "./operations.ts";
import { resolveRef } from "./resolve-ref.ts";
import { constraints, describeSchema, merged, type SchemaSummary } from "./schema-fields.ts";
import type { OperationUse, SchemaUsage } from "./schema-usage.ts";

export interface SchemaFacts {
  /** The schema as it is written (before allOf is merged), for the names it refers to. */
  written: Schema;
  /** allOf merged. */
  schema: Schema;
  summary: SchemaSummary;
  /** The type shown at the top: "object" for an object schema that `summary` names by itself. */
  type: string;
  rules: string[];
  example: unknown;
  uses: OperationUse[];
  /** The schemas that name it. */
  referrers: string[];
}

export function schemaFacts(doc: OpenApiDocument, name: string, usage: SchemaUsage): SchemaFacts {
  const ref: MaybeRef<Schema> = {
    $ref: `#/components/schemas/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`,
  };
  const summary = describeSchema(doc, ref);
  const written = resolveRef(doc, ref).value;
  const schema = merged(doc, written);
  return {
    written,
    schema,
    summary,
    type: summary.type === name && schema.properties ? "object" : summary.type,
    rules: constraints(schema),
    example: exampleOfSchema(doc, ref),
    uses: usage.operations.get(name) ?? [],
    referrers: usage.schemas.get(name) ?? [],
  };
}
