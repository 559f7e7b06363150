// Holds the spec's descriptions against the seed page's list of descriptions (one a line).

/** Folds whitespace and fixes the seed's one typo, so wording is compared, not layout. */
export function normalizeText(text: string): string {
  return text
    .replace(/authorizaton/g, "authorization")
    .replace(/\s+/g, " ")
    .trim();
}

/** Every `description` string anywhere in an OpenAPI document. */
export function collectDescriptions(node: unknown, found: string[] = []): string[] {
  if (Array.isArray(node)) {
    for (const item of node) collectDescriptions(item, found);
  } else if (node !== null && typeof node === "object") {
    for (const [key, value] of Object.entries(node)) {
      if (key === "description" && typeof value === "string") found.push(normalizeText(value));
      else collectDescriptions(value, found);
    }
  }
  return found;
}

/** The seed lines that appear in none of the spec's descriptions. */
export function findMissingSeedLines(spec: unknown, seedText: string): string[] {
  const descriptions = collectDescriptions(spec);
  return seedText
    .split("\n")
    .map(normalizeText)
    .filter((line) => line !== "" && !descriptions.some((description) => description.includes(line)));
}
