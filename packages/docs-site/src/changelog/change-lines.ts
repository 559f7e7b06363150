// What the changelog page, its Markdown twin and the Atom feed say alike: sections, order, labels.
import { operationHref } from "../render/groups.ts";
import { html, type SafeHtml } from "../render/html.ts";
import { httpMethods, type OpenApiDocument } from "../spec/openapi.ts";
import { listOperations } from "../spec/operations.ts";
import type { ApiChange, ChangedOperation, ChangeKind, ChangeSet } from "./changelog.ts";

export interface ChangeSection {
  kind: ChangeKind;
  title: string;
  changes: ApiChange[];
}

const sectionTitles: [ChangeKind, string][] = [
  ["added", "Added"],
  ["changed", "Changed"],
  ["removed", "Removed"],
];

/** Added, Changed, Removed (the empty ones left out); in each, breaking changes first, then by path and method. */
export function changeSections(changes: ApiChange[]): ChangeSection[] {
  return sectionTitles
    .map(([kind, title]) => ({
      kind,
      title,
      changes: changes.filter((c) => c.kind === kind).sort(byImportance),
    }))
    .filter((section) => section.changes.length > 0);
}

function byImportance(a: ApiChange, b: ApiChange): number {
  if (a.breaking !== b.breaking) return a.breaking ? -1 : 1;
  const [pa, pb] = [a.operation?.path ?? "\uffff", b.operation?.path ?? "\uffff"];
  if (pa !== pb) return pa < pb ? -1 : 1;
  const method = (op?: ChangedOperation) => httpMethods.indexOf((op?.method ?? "get") as "get");
  return (
    method(a.operation) - method(b.operation) || (a.subject < b.subject ? -1 : a.subject > b.subject ? 1 : 0)
  );
}

/** "major · 2 breaking changes · 7 changes", or what stands in for it. */
export function summaryOf(set: ChangeSet): string {
  if (set.error !== undefined) return "changes not available";
  if (set.changes.length === 0) return "no API change";
  const breaking = set.changes.filter((c) => c.breaking).length;
  return [
    set.level,
    breaking > 0 ? `${breaking} breaking change${breaking === 1 ? "" : "s"}` : "",
    `${set.changes.length} change${set.changes.length === 1 ? "" : "s"}`,
  ]
    .filter(Boolean)
    .join(" · ");
}

/** How an operation is named: `GET /v2/users/{id}`, the webhook `call`, or a path's every operation. */
export function operationLabel(operation: ChangedOperation): string {
  const method = operation.method?.toUpperCase();
  if (operation.webhook) return `webhook ${operation.path}${method ? ` (${method})` : ""}`;
  return method ? `${method} ${operation.path}` : `${operation.path} (every operation)`;
}

/** Reference pages by `method path`, for linking the operations that still exist. */
export function operationPages(doc: OpenApiDocument): Map<string, string> {
  return new Map(listOperations(doc).map((op) => [`${op.method} ${op.path}`, operationHref(op)]));
}

/** The reference page of a changed operation, if it still has one. */
export function pageOf(pages: Map<string, string>, operation?: ChangedOperation): string | undefined {
  if (operation === undefined || operation.webhook || operation.method === undefined) return undefined;
  return pages.get(`${operation.method} ${operation.path}`);
}

/** Inline Markdown with code spans only (what the change lines hold) as HTML: everything else is escaped. */
export function codeSpans(text: string): SafeHtml {
  const parts = text.split("`");
  // An unpaired backtick is text, not the start of a span that never ends.
  if (parts.length % 2 === 0) return html`${text}`;
  return html`${parts.map((part, i) => (i % 2 === 1 ? html`<code>${part}</code>` : part))}`;
}

/** `2026-07-01` from an ISO 8601 date. */
export function dayOf(date: string): string {
  return date.slice(0, 10);
}
