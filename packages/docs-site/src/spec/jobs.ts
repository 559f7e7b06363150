// Jobs Gong finishes after answering: a status operation (`x-gongkit-wait`) and the operations that start
// the jobs it reports on. The spec marks only the status operation; the starting ones are found by
// what they hand back.

import type { OpenApiDocument } from "./openapi.ts";
import type { OperationModel } from "./operations.ts";
import { describeSchema } from "./schema-fields.ts";

/**
 * The status operation of each operation that starts a job. A job named by a path parameter
 * (`GET /v2/flows/prospects/bulk-assignments/{id}`) is started by a POST to the collection above it;
 * one named by a query parameter (`clientRequestId` of `GET /v2/crm/request-status`) by the operations of
 * the same group whose 2xx body holds that name at its top level.
 */
export function jobStarters(doc: OpenApiDocument, operations: OperationModel[]): Map<string, OperationModel> {
  const starters = new Map<string, OperationModel>();
  for (const status of operations.filter((op) => op.wait !== undefined)) {
    const by = status.wait!.by;
    const inPath = status.parameters.some((p) => p.in === "path" && p.name === by);
    for (const op of operations) {
      if (op === status || op.wait !== undefined) continue;
      const starts = inPath
        ? op.method === "post" && `${op.path}/{${by}}` === status.path
        : op.tags[0] === status.tags[0] && topLevelFields(doc, op).includes(by);
      if (starts) starters.set(op.operationId, status);
    }
  }
  return starters;
}

function topLevelFields(doc: OpenApiDocument, op: OperationModel): string[] {
  const ok = op.responses.find((r) => r.status.startsWith("2"));
  const schema = ok?.bodies[0]?.schema;
  if (schema === undefined) return [];
  return describeSchema(doc, schema)
    .fields.filter((row) => row.path.length === 1)
    .map((row) => row.name);
}
