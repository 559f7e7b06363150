// Which response properties hold 64-bit integers that a JS number would round (the client parses
// them as strings). A quantity whose schema caps it at Number.MAX_SAFE_INTEGER stays a number.
import { type OpenApiDocument, resolve, type Schema } from "./spec.ts";

function types(schema: Schema): string[] {
  return Array.isArray(schema.type) ? schema.type : schema.type === undefined ? [] : [schema.type];
}

/** An `integer`/`int64` without a `maximum` that fits a JS number. */
export function isLossyInteger(schema: Schema): boolean {
  return (
    types(schema).includes("integer") &&
    schema.format === "int64" &&
    !(schema.maximum !== undefined && schema.maximum <= Number.MAX_SAFE_INTEGER)
  );
}

/**
 * The names of the properties, anywhere in `schema`, whose values (or array items) are lossy
 * integers; sorted. Throws when a name is also used for a number that is not one: the client finds
 * them by name, so both would become strings.
 */
export function int64Properties(doc: OpenApiDocument, schema: Schema, where: string): string[] {
  const lossy = new Set<string>();
  const numbers = new Set<string>();
  const seen = new Set<Schema>();
  const visit = (raw: Schema, name: string | undefined): void => {
    const node = resolve(doc, raw);
    const items = node.items === undefined ? undefined : resolve(doc, node.items);
    const value = items ?? node;
    if (name !== undefined && (types(value).includes("integer") || types(value).includes("number"))) {
      (isLossyInteger(value) ? lossy : numbers).add(name);
    }
    if (seen.has(node)) return;
    seen.add(node);
    if (items !== undefined) visit(items, undefined);
    for (const [key, child] of Object.entries(node.properties ?? {})) visit(child, key);
    if (typeof node.additionalProperties === "object") visit(node.additionalProperties, undefined);
  };
  visit(schema, undefined);
  for (const name of lossy) {
    if (numbers.has(name))
      throw new Error(`${where}: "${name}" is a 64-bit integer in one place and another number elsewhere`);
  }
  return [...lossy].sort();
}

/**
 * openapi-typescript's `transform` option: a lossy integer is typed `string` (`string | null` when
 * nullable), as the client delivers it. Takes the `typescript` module so this file needs none.
 */
export function int64AsString(ts: typeof import("typescript")) {
  return (node: object): import("typescript").TypeNode | undefined => {
    const schema = node as Schema;
    if (!isLossyInteger(schema)) return undefined;
    const string = ts.factory.createKeywordTypeNode(ts.SyntaxKind.StringKeyword);
    if (!types(schema).includes("null")) return string;
    return ts.factory.createUnionTypeNode([
      string,
      ts.factory.createLiteralTypeNode(ts.factory.createNull()),
    ]);
  };
}
