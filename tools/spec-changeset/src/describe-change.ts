import type { SpecChange } from "./diff-spec.ts";

const verbs: Record<string, string> = { added: "Added", removed: "Removed", modified: "Changed" };

/** Splits a JSON pointer (`#/paths/~1v2~1users/get`) into its unescaped segments. */
export function pointerSegments(pointer: string): string[] {
  return pointer
    .replace(/^#\/?/, "")
    .split("/")
    .filter(Boolean)
    .map((segment) => decodeURIComponent(segment).replace(/~1/g, "/").replace(/~0/g, "~"));
}

/** Names the place a pointer points at in words: `the 200 response of GET /v2/users/{id}, field user.title`. */
export function describeLocation(pointer: string): string {
  const segments = pointerSegments(pointer);
  if (segments[0] !== "paths" || segments.length < 3) return `\`${segments.join(".") || "the document"}\``;
  const operation = `\`${segments[2]!.toUpperCase()} ${segments[1]}\``;
  const rest = segments.slice(3);
  const fields: string[] = [];
  let part = "";
  for (let i = 0; i < rest.length; i++) {
    const segment = rest[i]!;
    const next = rest[i + 1];
    if (segment === "responses" && next) part = `the ${next} response of ${operation}`;
    else if (segment === "parameters") part = `a parameter of ${operation}`;
    else if (segment === "requestBody") part = `the request body of ${operation}`;
    else if (segment === "headers" && next) part = `header \`${next}\` of ${part || operation}`;
    else if (segment === "properties" && next) fields.push(next);
    else if (segment === "items") fields.push("[]");
    else continue;
    if (segment !== "items") i++;
  }
  const where = part || operation;
  return fields.length > 0 ? `\`${fields.join(".").replace(/\.\[\]/g, "[]")}\` in ${where}` : where;
}

/** One changelog line for a change: Redocly's own verdict where it has one, else verb + property + place. */
export function describeChange(change: SpecChange): string {
  const where = describeLocation(change.path);
  const verdicts = change.verdicts.map((verdict) => verdict.message).join(" ");
  if (verdicts) return `${verdicts} (${where}; ${change.impact})`;
  const verb = verbs[change.kind] ?? change.kind;
  const property = change.property ? `the \`${change.property}\` of ` : "";
  return `${verb} ${property}${where} (${change.impact})`;
}

/** The changeset summary for a spec diff: a headline and one line per distinct change. */
export function summarizeChanges(changes: SpecChange[], bump: string, base: string): string {
  const lines = [...new Set(changes.map(describeChange))];
  return [
    `Spec change since \`${base}\` (rated ${bump} by \`redocly diff\`):`,
    "",
    ...lines.map((l) => `- ${l}`),
  ].join("\n");
}
