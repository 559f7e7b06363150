// What the spec says, read straight from the bundled JSON with no code from src/: the tests compare
// the site against this, so a bug in the site's own spec reading cannot hide itself.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

type Json = Record<string, unknown>;

export const spec = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@gongkit/spec/openapi.json"), "utf8"),
) as Json;

function deref(node: unknown, root: Json = spec): Json {
  let current = node as Json;
  while (typeof current?.$ref === "string") {
    current = (current.$ref as string)
      .slice(2)
      .split("/")
      .reduce<Json>((n, key) => n[key.replaceAll("~1", "/").replaceAll("~0", "~")] as Json, root);
  }
  return current;
}

/** Every property path (`user.spokenLanguages.language`) of a schema, through refs, arrays and allOf. */
export function fieldPaths(
  schemaNode: unknown,
  root: object = spec,
  prefix: string[] = [],
  seen: string[] = [],
): string[][] {
  const ref = (schemaNode as Json)?.$ref as string | undefined;
  if (ref && seen.includes(ref)) return [];
  const schema = deref(schemaNode, root as Json);
  const lineage = ref ? [...seen, ref] : seen;
  if (schema.items) return fieldPaths(schema.items, root, prefix, lineage);
  const parts = [schema, ...((schema.allOf as unknown[]) ?? []).map((part) => deref(part, root as Json))];
  return parts.flatMap((part) =>
    Object.entries((part.properties as Json) ?? {}).flatMap(([name, property]) => [
      [...prefix, name],
      ...fieldPaths(property, root, [...prefix, name], lineage),
    ]),
  );
}

export interface OperationFacts {
  operationId: string;
  clientMethod?: string;
  statuses: string[];
  headers: { status: string; name: string }[];
  scopes: string[];
  /** Property paths of the 200 JSON body. */
  okFields: string[][];
}

export function operations(): OperationFacts[] {
  return Object.values(spec.paths as Json).flatMap((pathItem) =>
    Object.values(pathItem as Json)
      .filter((op): op is Json => typeof op === "object" && op !== null && "responses" in op)
      .map((op) => {
        const responses = op.responses as Json;
        const ok = deref(responses["200"]);
        const okSchema = ((ok.content as Json | undefined)?.["application/json"] as Json | undefined)?.schema;
        const security = (op.security ?? spec.security ?? []) as Record<string, string[]>[];
        const facts: OperationFacts = {
          operationId: op.operationId as string,
          statuses: Object.keys(responses),
          headers: Object.entries(responses).flatMap(([status, r]) =>
            Object.keys((deref(r).headers as Json) ?? {}).map((name) => ({ status, name })),
          ),
          scopes: [...new Set(security.flatMap((s) => Object.values(s).flat()))],
          okFields: okSchema === undefined ? [] : fieldPaths(okSchema),
        };
        if (typeof op["x-gongkit-method"] === "string") facts.clientMethod = op["x-gongkit-method"];
        return facts;
      }),
  );
}
