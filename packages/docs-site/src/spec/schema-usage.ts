// Which operations, webhooks and schemas use each component schema (`#/components/schemas/<name>`):
// the "Used by" list of a schema's page.
import type { MaybeRef, OpenApiDocument, Schema } from "./openapi.ts";
import type { OperationModel } from "./operations.ts";
import { componentName } from "./schema-fields.ts";

/** An operation (or webhook) that uses a schema, and where: `request body`, `200 response`, `query parameter id`. */
export interface OperationUse {
  operation: OperationModel;
  where: string[];
}

export interface SchemaUsage {
  /** Operations and webhooks whose parameters, bodies or headers hold the schema, at any depth. */
  operations: Map<string, OperationUse[]>;
  /** Schemas that name the schema in their own definition (a direct `$ref`). */
  schemas: Map<string, string[]>;
}

/** The component names that a schema (or any JSON value) names directly, in order of appearance. */
export function directRefs(value: unknown, found = new Set<string>()): Set<string> {
  if (Array.isArray(value)) {
    for (const item of value) directRefs(item, found);
  } else if (typeof value === "object" && value !== null) {
    const name = componentName(value as MaybeRef<Schema>);
    if (name !== undefined) found.add(name);
    for (const [key, child] of Object.entries(value)) if (key !== "$ref") directRefs(child, found);
  }
  return found;
}

/**
 * Usage of every component schema by the given operations (and webhooks, modelled as operations): an
 * operation uses a schema when one of its schemas names it, directly or through other schemas.
 */
export function schemaUsage(doc: OpenApiDocument, operations: OperationModel[]): SchemaUsage {
  const components = doc.components?.schemas ?? {};
  const direct = new Map(Object.entries(components).map(([name, schema]) => [name, directRefs(schema)]));
  const schemas = new Map<string, string[]>(Object.keys(components).map((name) => [name, []]));
  for (const [name, refs] of direct) for (const ref of refs) schemas.get(ref)?.push(name);

  const reachable = new Map<string, Set<string>>();
  const closure = (name: string): Set<string> => {
    let set = reachable.get(name);
    if (set !== undefined) return set;
    // Breadth first over the reference graph: recursive schemas end where a name is already in the set.
    set = new Set([name]);
    reachable.set(name, set);
    const queue = [name];
    for (let next = queue.shift(); next !== undefined; next = queue.shift()) {
      for (const ref of direct.get(next) ?? []) {
        if (set.has(ref)) continue;
        set.add(ref);
        queue.push(ref);
      }
    }
    return set;
  };

  const usage = new Map<string, OperationUse[]>(Object.keys(components).map((name) => [name, []]));
  for (const operation of operations) {
    const uses = new Map<string, string[]>();
    for (const { where, schema } of schemasOf(operation)) {
      for (const ref of directRefs(schema)) {
        for (const name of closure(ref)) {
          const list = uses.get(name) ?? [];
          if (!list.includes(where)) list.push(where);
          uses.set(name, list);
        }
      }
    }
    for (const [name, where] of uses) usage.get(name)?.push({ operation, where });
  }
  return { operations: usage, schemas };
}

/** The schemas an operation holds, each with where it sits. */
function schemasOf(operation: OperationModel): { where: string; schema: unknown }[] {
  return [
    ...operation.parameters.map((p) => ({ where: `${p.in} parameter ${p.name}`, schema: p.schema })),
    ...(operation.requestBody?.bodies ?? []).map((b) => ({ where: "request body", schema: b.schema })),
    ...operation.responses.flatMap((r) => [
      ...r.headers.map((h) => ({ where: `${r.status} header ${h.name}`, schema: h.schema })),
      ...r.bodies.map((b) => ({ where: `${r.status} response`, schema: b.schema })),
    ]),
  ];
}
