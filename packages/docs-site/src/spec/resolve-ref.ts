import type { MaybeRef, OpenApiDocument, Reference } from "./openapi.ts";

export interface Resolved<T> {
  value: T;
  /** The component name of the last `$ref` followed (e.g. `UserMetadata`), if any. */
  name?: string;
}

export function isReference(value: unknown): value is Reference {
  return typeof value === "object" && value !== null && typeof (value as Reference).$ref === "string";
}

/**
 * Follows local `$ref`s (JSON Pointer, RFC 6901: `~1` is `/`, `~0` is `~`) in a bundled document,
 * through chains of references. The bundle has no external references, so any other `$ref` is an error.
 */
export function resolveRef<T>(doc: OpenApiDocument, value: MaybeRef<T>): Resolved<T> {
  let current: unknown = value;
  let name: string | undefined;
  const seen = new Set<string>();
  while (isReference(current)) {
    const ref = current.$ref;
    if (!ref.startsWith("#/")) throw new Error(`Only local references are supported, found "${ref}"`);
    if (seen.has(ref)) throw new Error(`Circular reference chain at "${ref}"`);
    seen.add(ref);
    const segments = ref
      .slice(2)
      .split("/")
      .map((s) => s.replaceAll("~1", "/").replaceAll("~0", "~"));
    current = segments.reduce<unknown>(
      (node, key) => (node as Record<string, unknown> | undefined)?.[key],
      doc as unknown,
    );
    if (current === undefined) throw new Error(`Unresolved reference "${ref}"`);
    name = segments.at(-1);
  }
  return name === undefined ? { value: current as T } : { value: current as T, name };
}

export function deref<T>(doc: OpenApiDocument, value: MaybeRef<T>): T {
  return resolveRef(doc, value).value;
}
