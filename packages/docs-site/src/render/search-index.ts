import type { OpenApiDocument } from "../spec/openapi.ts";
import type { OperationModel } from "../spec/operations.ts";
import { describeSchema } from "../spec/schema-fields.ts";
import { fieldId } from "./field-table.ts";
import { operationHref } from "./groups.ts";

/** One searchable thing; short keys keep `search-index.json` small. */
export interface SearchEntry {
  /** kind: operation, field, parameter, header */
  k: string;
  /** title: what the reader types, e.g. `spokenLanguages` */
  t: string;
  /** subtitle: where it is, e.g. `user.spokenLanguages[] · 200 · Retrieve user` */
  s: string;
  /** URL from the site root, with the anchor */
  u: string;
  /** start of the description, also searched */
  d?: string;
}

/**
 * Operations, parameters, response headers and every body field. A field that repeats across
 * responses of one operation (the shared error body) is listed once, naming every status.
 */
export function searchIndex(doc: OpenApiDocument, operations: OperationModel[]): SearchEntry[] {
  const entries: SearchEntry[] = [];
  for (const op of operations) {
    const href = operationHref(op);
    const id = op.operationId;
    entries.push(
      entry(
        "operation",
        op.summary,
        `${op.method.toUpperCase()} ${op.path}`,
        `${href}#${id}`,
        op.description,
      ),
    );
    for (const p of op.parameters) {
      entries.push(
        entry(
          "parameter",
          p.name,
          `${p.in} parameter · ${op.summary}`,
          `${href}#${id}.${p.in}.${p.name}`,
          p.description,
        ),
      );
    }
    const bodies = op.requestBody?.bodies.slice(0, 1).map((b) => ({ status: "request", body: b })) ?? [];
    for (const response of op.responses) {
      for (const h of response.headers) {
        entries.push(
          entry(
            "header",
            h.name,
            `${response.status} response header · ${op.summary}`,
            `${href}#${id}.${response.status}.header.${h.name}`,
            h.description,
          ),
        );
      }
      const first = response.bodies[0];
      if (first) bodies.push({ status: response.status, body: first });
    }
    const fields = new Map<string, { statuses: string[]; entry: SearchEntry }>();
    for (const { status, body } of bodies) {
      if (body.schema === undefined) continue;
      for (const row of describeSchema(doc, body.schema).fields) {
        const key = `${row.display.join(".")}:${row.type}`;
        const seen = fields.get(key);
        if (seen) {
          seen.statuses.push(status);
          continue;
        }
        const e = entry("field", row.name, "", `${href}#${fieldId(`${id}.${status}`, row)}`, row.description);
        fields.set(key, { statuses: [status], entry: e });
        entries.push(e);
      }
    }
    for (const [key, { statuses, entry: e }] of fields) {
      e.s = `${key.slice(0, key.lastIndexOf(":"))} · ${statuses.join(", ")} · ${op.summary}`;
    }
  }
  return entries;
}

function entry(k: string, t: string, s: string, u: string, description: string | undefined): SearchEntry {
  const d = description?.replace(/\s+/g, " ").trim().slice(0, 160);
  return d ? { k, t, s, u, d } : { k, t, s, u };
}
