// `redocly diff` reports a change at the place a client meets it: a field of a shared schema shows up once
// per operation that returns it (`#/paths/~1v2~1users/get/responses/200/.../properties/title`), with the
// component it came from as `base`/`revision`. This turns those reports into changelog lines.
import { pointerSegments } from "@gongkit/spec-changeset/describe-change";
import type { SpecChange } from "@gongkit/spec-changeset/diff-spec";
import {
  httpMethods,
  type MaybeRef,
  type OpenApiDocument,
  type OperationObject,
  type Parameter,
  type PathItem,
} from "../spec/openapi.ts";
import { deref } from "../spec/resolve-ref.ts";
import type { ApiChange, ChangedOperation, ChangeKind } from "./changelog.ts";

/** The two bundled specs a diff compared: names a pointer leaves out (a parameter's, a tag's) come from them. */
export interface ComparedSpecs {
  base: OpenApiDocument;
  revision: OpenApiDocument;
}

const kinds: Record<string, ChangeKind> = { added: "added", removed: "removed", modified: "changed" };

/** Changelog lines for a diff, each once, in report order. */
export function apiChanges(changes: SpecChange[], specs: ComparedSpecs): ApiChange[] {
  const lines = new Map<string, ApiChange>();
  for (const change of changes) {
    for (const line of linesOf(change, specs)) lines.set(JSON.stringify(line), line);
  }
  return [...lines.values()];
}

function linesOf(change: SpecChange, specs: ComparedSpecs): ApiChange[] {
  const kind = kinds[change.kind] ?? "changed";
  const note = change.verdicts.map((v) => v.message).join(" ");
  return placesOf(change, kind, specs).flatMap(({ subject, operation }) =>
    withProperty(change, subject).map((text) => ({
      kind,
      breaking: change.impact === "major",
      ...(operation ? { operation } : {}),
      subject: text,
      ...(note ? { note } : {}),
    })),
  );
}

/** Where a change is: the operation, and the place in it or outside operations. */
function placesOf(
  change: SpecChange,
  kind: ChangeKind,
  specs: ComparedSpecs,
): { subject: string; operation?: ChangedOperation }[] {
  const doc = kind === "removed" ? specs.base : specs.revision;
  const [root, name, method, ...rest] = pointerSegments(change.path);
  if ((root === "paths" || root === "webhooks") && name === undefined && kind !== "changed") {
    // The whole section added or removed (a spec's first webhook): a line per operation in it.
    const items = Object.entries((root === "paths" ? doc.paths : doc.webhooks) ?? {});
    return items.flatMap(([path, item]) =>
      httpMethods
        .filter((m) => item[m] !== undefined)
        .map((m) => ({
          subject: operationSubject(item, m),
          operation: { method: m, path, ...(root === "webhooks" ? { webhook: true } : {}) },
        })),
    );
  }
  if ((root === "paths" || root === "webhooks") && name !== undefined) {
    const item = (root === "paths" ? doc.paths : doc.webhooks)?.[name] ?? {};
    const on = (m?: string): ChangedOperation => ({
      ...(m ? { method: m } : {}),
      path: name,
      ...(root === "webhooks" ? { webhook: true } : {}),
    });
    if (method === undefined) {
      // A whole path added or removed: one line per operation it holds.
      if (kind === "changed") return [{ subject: "the path", operation: on() }];
      return httpMethods
        .filter((m) => item[m] !== undefined)
        .map((m) => ({ subject: operationSubject(item, m), operation: on(m) }));
    }
    if (!(httpMethods as readonly string[]).includes(method)) {
      // Shared by every operation of the path: its parameters or servers.
      return [{ subject: placeInOperation([method, ...rest], doc, item), operation: on() }];
    }
    const operation = item[method as keyof PathItem] as OperationObject | undefined;
    if (rest.length === 0 && kind !== "changed") {
      return [{ subject: operationSubject(item, method), operation: on(method) }];
    }
    return [{ subject: placeInOperation(rest, doc, operation ?? {}), operation: on(method) }];
  }
  if (root === "components") {
    // Schemas, responses and the like reach a client through operations, where the diff reports them too.
    return name === "securitySchemes" && method !== undefined
      ? [{ subject: `security scheme \`${method}\`` }]
      : [];
  }
  if (root === "tags" && name !== undefined) {
    const tag = doc.tags?.[Number(name)] ?? specs.base.tags?.[Number(name)];
    return [{ subject: tag ? `group \`${tag.name}\`` : "a group" }];
  }
  const where = [root, name, method, ...rest].filter(Boolean).join(".");
  return [{ subject: where ? `\`${where}\`` : "the document" }];
}

function operationSubject(item: PathItem, method: string): string {
  const summary = (item[method as keyof PathItem] as OperationObject | undefined)?.summary;
  return summary ? `the operation “${summary.replaceAll("`", "'")}”` : "the operation";
}

/** "field `user.title` in the 200 response", "query parameter `cursor`", "header `Retry-After` in the 429 response". */
function placeInOperation(
  rest: string[],
  doc: OpenApiDocument,
  owner: { parameters?: MaybeRef<Parameter>[] },
): string {
  const [first, second, ...more] = rest;
  if (first === undefined) return "the operation";
  if (first === "parameters") {
    const parameter = owner.parameters?.[Number(second)];
    if (parameter === undefined) return "a parameter";
    const { name, in: where } = deref(doc, parameter);
    return `${where} parameter \`${name}\``;
  }
  if (first === "requestBody") return withFields("the request body", schemaFields(rest.slice(1)));
  if (first === "responses" && second !== undefined) {
    const response = `the ${second} response`;
    if (more[0] === "headers" && more[1] !== undefined) return `header \`${more[1]}\` in ${response}`;
    return withFields(response, schemaFields(more));
  }
  return `\`${rest.join(".")}\``;
}

/** The field a pointer into a body reaches: `users[].title` from `content/<type>/schema/properties/users/items/...`. */
function schemaFields(segments: string[]): string {
  const names: string[] = [];
  for (let i = 0; i < segments.length; i++) {
    const segment = segments[i]!;
    if (segment === "content")
      i++; // and the media type
    else if (segment === "properties" && segments[i + 1] !== undefined) names.push(segments[++i]!);
    else if (segment === "items") names.push(`${names.pop() ?? ""}[]`);
    else if (segment === "additionalProperties") names.push("*");
    else if (["allOf", "oneOf", "anyOf"].includes(segment)) i++;
  }
  return names.join(".");
}

function withFields(place: string, fields: string): string {
  return fields === "" ? place : `field \`${fields}\` in ${place}`;
}

/** A changed property of the place: deprecation and `required` in words (a line per field), others by name. */
function withProperty(change: SpecChange, subject: string): string[] {
  const property = change.property;
  if (property === undefined || change.kind !== "modified") return [subject];
  if (property === "deprecated") {
    return [`${subject}: ${change.revision?.value === true ? "now deprecated" : "no longer deprecated"}`];
  }
  if (property === "required") {
    const before = new Set(asStrings(change.base?.value));
    const after = new Set(asStrings(change.revision?.value));
    // The object whose `required` list changed: a field (`field `user` in the 200 response`) or a whole body.
    const object = /^field `([^`]+)` in (.+)$/.exec(subject);
    const field = (name: string) =>
      object ? `field \`${object[1]}.${name}\` in ${object[2]}` : `field \`${name}\` in ${subject}`;
    const lines = [
      ...[...after].filter((n) => !before.has(n)).map((n) => `${field(n)}: now required`),
      ...[...before].filter((n) => !after.has(n)).map((n) => `${field(n)}: no longer required`),
    ];
    return lines.length > 0 ? lines : [`the \`required\` list of ${subject}`];
  }
  return [`the \`${property}\` of ${subject}`];
}

function asStrings(value: unknown): string[] {
  return Array.isArray(value) ? value.filter((v): v is string => typeof v === "string") : [];
}
