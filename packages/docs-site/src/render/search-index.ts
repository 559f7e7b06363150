// search-index.json, built with the site and fetched by the page script on a reader's first search.
// Grouped by page, each description stored once: less than half the bytes of a flat list of the same
// entries (README: Search).
import type { OpenApiDocument } from "../spec/openapi.ts";
import { type OperationModel, type WebhookModel, webhookHref } from "../spec/operations.ts";
import { describeSchema } from "../spec/schema-fields.ts";
import type { SchemaUsage } from "../spec/schema-usage.ts";
import { fieldId, schemaHref } from "./field-table.ts";
import { operationHref } from "./groups.ts";

export interface SearchIndex {
  /** Descriptions (their first 160 characters), each once: most fields share theirs with others. */
  d: string[];
  p: SearchPage[];
}

/** A page and what on it can be found: an operation, the webhook, a schema, a guide. */
export interface SearchPage {
  /** kind: operation, webhook, schema, guide */
  k: string;
  /** title: the operation's summary, the schema's name */
  t: string;
  /** where, shown under the title: `GET /v2/users/{id}`, `schema · object` */
  s: string;
  /** the page from the site root, with its top anchor: `reference/getUser.html#getUser` */
  u: string;
  /**
   * HTTP methods, upper case and space-separated, for the method filter: the operation's, or for a
   * schema those of every operation that uses it. Absent where no method reaches.
   */
  m?: string;
  /** The path template, for path search (`calls/{id}`, `/v2/calls/123`) */
  p?: string;
  /** also searched, not shown: the operationId and the client method (`getUser gong.users.get`) */
  a?: string;
  /** description: an index into `d` */
  d?: number;
  /** its parameters, headers, fields or headings */
  f?: SearchItem[];
}

/**
 * `[kind, title, where, anchor, description]`: kind `p` parameter, `h` header, `f` field, `g` heading;
 * where is shown as `<where> · <page title>` (`user.spokenLanguages[] · 200 · Retrieve user`); the
 * anchor is on the page (`getUser.200.user.spokenLanguages`); description an index into `d`.
 */
export type SearchItem = [kind: string, title: string, where: string, anchor: string, description?: number];

/** A heading of a guide (or of the landing page's getting started): `Paging` at `index.html#paging`. */
export interface GuidePage {
  title: string;
  href: string;
  headings: { text: string; id: string }[];
}

export interface SearchSources {
  operations: OperationModel[];
  webhooks?: WebhookModel[];
  /** Which operations use each component schema: a schema's methods, for the method filter. */
  usage?: SchemaUsage;
  guides?: GuidePage[];
}

/**
 * Operations (with their operationId and client method), parameters, response headers and every body
 * field; the webhooks' fields; every component schema and its fields; the guides' headings. A field
 * that repeats across responses of one operation (the shared error body) is listed once, naming
 * every status.
 */
export function searchIndex(
  doc: OpenApiDocument,
  { operations, webhooks = [], usage, guides = [] }: SearchSources,
): SearchIndex {
  const descriptions = new Descriptions();
  const pages: SearchPage[] = [];
  for (const op of operations) {
    const client = op.clientMethod === undefined ? "" : ` gong.${op.clientMethod}`;
    const page = operationPage(doc, op, operationHref(op), descriptions, true);
    pages.push({ ...page, a: `${op.operationId}${client}` });
  }
  for (const webhook of webhooks) {
    // Its "path" is its name, not a URL of the API: path search leaves it out.
    const { p: _name, ...page } = operationPage(
      doc,
      webhook.operation,
      webhookHref(webhook),
      descriptions,
      false,
    );
    pages.push({ ...page, k: "webhook", s: `webhook ${webhook.name}`, a: webhook.operation.operationId });
  }
  pages.push(...schemaPages(doc, usage, descriptions));
  for (const guide of guides) {
    const f = guide.headings.map(({ text, id }): SearchItem => ["g", text, "", id]);
    pages.push({ k: "guide", t: guide.title, s: "guide", u: `${guide.href}#top`, f });
  }
  return { d: descriptions.list, p: pages };
}

/** An operation (or webhook) and its parameters, response headers and body fields. */
function operationPage(
  doc: OpenApiDocument,
  op: OperationModel,
  href: string,
  descriptions: Descriptions,
  withParameters: boolean,
): SearchPage {
  const id = op.operationId;
  const method = op.method.toUpperCase();
  const items: SearchItem[] = [];
  const item = (kind: string, title: string, where: string, anchor: string, text: string | undefined) =>
    items.push(searchItem(kind, title, where, anchor, descriptions.of(text)));
  for (const p of withParameters ? op.parameters : []) {
    item("p", p.name, `${p.in} parameter`, `${id}.${p.in}.${p.name}`, p.description);
  }
  const bodies = op.requestBody?.bodies.slice(0, 1).map((b) => ({ status: "request", body: b })) ?? [];
  for (const response of op.responses) {
    for (const h of response.headers) {
      const anchor = `${id}.${response.status}.header.${h.name}`;
      item("h", h.name, `${response.status} response header`, anchor, h.description);
    }
    const first = response.bodies[0];
    if (first) bodies.push({ status: response.status, body: first });
  }
  const fields = new Map<string, { statuses: string[]; item: SearchItem }>();
  for (const { status, body } of bodies) {
    if (body.schema === undefined) continue;
    for (const row of describeSchema(doc, body.schema).fields) {
      const key = `${row.display.join(".")}:${row.type}`;
      const seen = fields.get(key);
      if (seen) {
        seen.statuses.push(status);
        continue;
      }
      const anchor = fieldId(`${id}.${status}`, row);
      const field = searchItem("f", row.name, "", anchor, descriptions.of(row.description));
      fields.set(key, { statuses: [status], item: field });
      items.push(field);
    }
  }
  for (const [key, { statuses, item: field }] of fields) {
    field[2] = `${key.slice(0, key.lastIndexOf(":"))} · ${statuses.join(", ")}`;
  }
  const page: SearchPage = { k: "operation", t: op.summary, s: `${method} ${op.path}`, u: `${href}#${id}` };
  return withParts({ ...page, m: method, p: op.path }, descriptions.of(op.description), items);
}

/** Each component schema's page and every field on it (`Party.emailAddress` at `schemas/Party.html#emailAddress`). */
function schemaPages(
  doc: OpenApiDocument,
  usage: SchemaUsage | undefined,
  descriptions: Descriptions,
): SearchPage[] {
  const names = Object.keys(doc.components?.schemas ?? {}).sort((a, b) => a.localeCompare(b));
  return names.map((name) => {
    const summary = describeSchema(doc, {
      $ref: `#/components/schemas/${name.replaceAll("~", "~0").replaceAll("/", "~1")}`,
    });
    const methods = new Set(
      (usage?.operations.get(name) ?? []).map((use) => use.operation.method.toUpperCase()),
    );
    const f = summary.fields.map((row) =>
      searchItem(
        "f",
        row.name,
        `${name}.${row.display.join(".")}`,
        fieldId("", row),
        descriptions.of(row.description),
      ),
    );
    const page: SearchPage = {
      k: "schema",
      t: name,
      s: `schema · ${summary.type}`,
      u: `${schemaHref(name)}#top`,
    };
    if (methods.size > 0) page.m = [...methods].sort().join(" ");
    return withParts(page, descriptions.of(summary.description), f);
  });
}

function searchItem(
  kind: string,
  title: string,
  where: string,
  anchor: string,
  d: number | undefined,
): SearchItem {
  return d === undefined ? [kind, title, where, anchor] : [kind, title, where, anchor, d];
}

/** The page with its description and items, each only when it has one. */
function withParts(page: SearchPage, d: number | undefined, items: SearchItem[]): SearchPage {
  if (d !== undefined) page.d = d;
  if (items.length > 0) page.f = items;
  return page;
}

/** The descriptions' table: each text once, by the start that search reads. */
class Descriptions {
  readonly list: string[] = [];
  readonly #index = new Map<string, number>();

  of(text: string | undefined): number | undefined {
    const start = text?.replace(/\s+/g, " ").trim().slice(0, 160);
    if (!start) return undefined;
    let at = this.#index.get(start);
    if (at === undefined) {
      at = this.list.push(start) - 1;
      this.#index.set(start, at);
    }
    return at;
  }
}

/** Every link the index leads to, from the site root: each page's, and each item's on its page. */
export function searchLinks(index: SearchIndex): string[] {
  return index.p.flatMap((page) => {
    const file = page.u.split("#")[0]!;
    return [page.u, ...(page.f ?? []).map((item) => `${file}#${item[3]}`)];
  });
}
