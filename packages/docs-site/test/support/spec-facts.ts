// What the spec says, read straight from the bundled JSON with no code from src/: the tests compare
// the site against this, so a bug in the site's own spec reading cannot hide itself.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isLossyInteger } from "@gongkit/client-codegen/int64";

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

/**
 * Property paths (as in fieldPaths) whose values are 64-bit integers the client delivers as strings:
 * `integer`/`int64` without a safe `maximum`, on the property or its array items.
 */
export function int64FieldPaths(schemaNode: unknown, root: object = spec): string[][] {
  const lossy = (node: unknown): boolean => {
    let schema = deref(node, root as Json);
    while (schema.items) schema = deref(schema.items, root as Json);
    return isLossyInteger(schema);
  };
  const at = (path: string[]): unknown =>
    path.reduce<unknown>((node, name) => {
      let schema = deref(node, root as Json);
      while (schema.items) schema = deref(schema.items, root as Json);
      const parts = [schema, ...((schema.allOf as unknown[]) ?? []).map((p) => deref(p, root as Json))];
      return parts.map((part) => (part.properties as Json | undefined)?.[name]).find((p) => p !== undefined);
    }, schemaNode);
  return fieldPaths(schemaNode, root).filter((path) => lossy(at(path)));
}

export interface OperationFacts {
  operationId: string;
  method: string;
  path: string;
  clientMethod?: string;
  statuses: string[];
  headers: { status: string; name: string }[];
  scopes: string[];
  /** The first 2xx status (`200`, or `201` for a DELETE that answers so). */
  okStatus: string;
  /** Property paths of the first 2xx JSON body. */
  okFields: string[][];
  /** `x-gongkit-pagination`, on the paged operations. */
  pagination?: { cursor: "query" | "body"; items: string };
  /** The JSON request body's first example, when the operation takes one. */
  bodyExample?: unknown;
  /** Anchors of the rows (parameters, request and response fields) that hold 64-bit integers. */
  int64Anchors: string[];
}

const jsonSchema = (content: unknown) =>
  ((content as Json | undefined)?.["application/json"] as Json | undefined)?.schema;

export function operations(): OperationFacts[] {
  return Object.entries(spec.paths as Json).flatMap(([path, pathItem]) =>
    Object.entries(pathItem as Json)
      .filter(
        (entry): entry is [string, Json] =>
          typeof entry[1] === "object" && entry[1] !== null && "responses" in entry[1],
      )
      .map(([method, op]) => {
        const responses = op.responses as Json;
        const okStatus = Object.keys(responses).find((status) => /^2\d\d$/.test(status))!;
        const okSchema = jsonSchema(deref(responses[okStatus]).content);
        const security = (op.security ?? spec.security ?? []) as Record<string, string[]>[];
        const id = op.operationId as string;
        const parameters = ((op.parameters as unknown[]) ?? []).map((p) => deref(p));
        const body = op.requestBody === undefined ? undefined : deref(op.requestBody);
        const bodyMedia = (body?.content as Json | undefined)?.["application/json"] as Json | undefined;
        const int64Anchors = [
          ...parameters
            .filter((p) => p.schema !== undefined && isLossyInteger(deref(p.schema)))
            .map((p) => `${id}.${p.in}.${p.name}`),
          ...(bodyMedia?.schema === undefined ? [] : int64FieldPaths(bodyMedia.schema)).map((f) =>
            [id, "request", ...f].join("."),
          ),
          ...Object.entries(responses).flatMap(([status, response]) => {
            const schema = jsonSchema(deref(response).content);
            return schema === undefined
              ? []
              : int64FieldPaths(schema).map((f) => [id, status, ...f].join("."));
          }),
        ];
        const facts: OperationFacts = {
          operationId: id,
          method,
          path,
          statuses: Object.keys(responses),
          headers: Object.entries(responses).flatMap(([status, r]) =>
            Object.keys((deref(r).headers as Json) ?? {}).map((name) => ({ status, name })),
          ),
          scopes: [...new Set(security.flatMap((s) => Object.values(s).flat()))],
          okStatus,
          okFields: okSchema === undefined ? [] : fieldPaths(okSchema),
          int64Anchors,
        };
        if (typeof op["x-gongkit-method"] === "string") facts.clientMethod = op["x-gongkit-method"];
        if (op["x-gongkit-pagination"] !== undefined)
          facts.pagination = op["x-gongkit-pagination"] as NonNullable<OperationFacts["pagination"]>;
        const example =
          bodyMedia?.example ??
          Object.values((bodyMedia?.examples as Json) ?? {}).map((e) => deref(e).value)[0];
        if (example !== undefined) facts.bodyExample = example;
        return facts;
      }),
  );
}
