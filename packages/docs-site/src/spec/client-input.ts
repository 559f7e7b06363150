// Example inputs as the client takes them: 64-bit integers as strings. The rule is the client
// generator's own (`isLossyInteger`), imported rather than restated, so a sample cannot pass a type
// the client does not take.
import { isLossyInteger } from "@gongkit/client-codegen/int64";
import type { MaybeRef, OpenApiDocument, Schema } from "./openapi.ts";
import { resolveRef } from "./resolve-ref.ts";
import { merged } from "./schema-fields.ts";

/**
 * An example value as the client's types take it: every number the schema declares a lossy 64-bit
 * integer becomes a string of the same digits, in objects, arrays and maps alike.
 */
export function asClientInput(doc: OpenApiDocument, schemaRef: MaybeRef<Schema>, value: unknown): unknown {
  const schema = merged(doc, resolveRef(doc, schemaRef).value);
  if (typeof value === "number" && isLossyInteger(schema)) return String(value);
  if (Array.isArray(value)) {
    const items = schema.items;
    return items === undefined ? value : value.map((v) => asClientInput(doc, items, v));
  }
  if (typeof value !== "object" || value === null) return value;
  const values = schema.additionalProperties;
  return Object.fromEntries(
    Object.entries(value).map(([key, v]) => {
      const property = schema.properties?.[key] ?? (typeof values === "object" ? values : undefined);
      return [key, property === undefined ? v : asClientInput(doc, property, v)];
    }),
  );
}
