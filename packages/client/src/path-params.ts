import { GongInvalidArgumentError } from "./errors.js";

/** What the spec says a path parameter must be; the generator writes one per parameter. */
export interface PathParamRule {
  readonly name: string;
  readonly type: "string" | "integer";
  /** The schema's `pattern` (ECMA-262, as JSON Schema says), compiled with the `u` flag. */
  readonly pattern?: RegExp;
  readonly minLength?: number;
  readonly maxLength?: number;
  readonly enum?: readonly (string | number)[];
  readonly minimum?: number;
  readonly maximum?: number;
  /** The requirement in words, for the error message: "a string of 1 to 20 digits (pattern ^[0-9]{1,20}$)". */
  readonly requirement: string;
  /** A query parameter that may be left out (path parameters never may). */
  readonly optional?: boolean;
}

/** A method's first arguments, one per rule in path order, checked: openapi-fetch's `params.path`. */
export function checkPathParams(
  args: readonly unknown[],
  rules: readonly PathParamRule[],
): Record<string, unknown> | undefined {
  if (rules.length === 0) return undefined;
  const values: Record<string, unknown> = {};
  rules.forEach((rule, index) => {
    values[rule.name] = checkPathParam(args[index], rule);
  });
  return values;
}

/**
 * Returns `value` if it satisfies `rule`, otherwise throws GongInvalidArgumentError saying what the
 * parameter must be. Runs before anything is sent, so no path is ever built from an unchecked value.
 */
export function checkPathParam<T>(value: T, rule: PathParamRule): T {
  if (satisfies(value, rule)) return value;
  throw new GongInvalidArgumentError(`${rule.name} must be ${rule.requirement}; received ${describe(value)}`);
}

function satisfies(value: unknown, rule: PathParamRule): boolean {
  if (rule.enum !== undefined && !rule.enum.includes(value as string | number)) return false;
  if (rule.type === "integer") {
    // Stryker disable next-line ConditionalExpression: equivalent; Number.isSafeInteger is false for anything not a number (the typeof narrows the type)
    if (typeof value !== "number" || !Number.isSafeInteger(value)) return false;
    return (
      (rule.minimum === undefined || value >= rule.minimum) &&
      (rule.maximum === undefined || value <= rule.maximum)
    );
  }
  // An empty path segment would silently change which endpoint is called.
  if (typeof value !== "string" || value === "") return false;
  // Stryker disable next-line ConditionalExpression: equivalent; a comparison with undefined is false (the check narrows the type)
  if (rule.minLength !== undefined && value.length < rule.minLength) return false;
  // Stryker disable next-line ConditionalExpression: equivalent, as above
  if (rule.maxLength !== undefined && value.length > rule.maxLength) return false;
  return rule.pattern === undefined || rule.pattern.test(value);
}

/** A short, escaped description of a rejected value: long strings are cut, objects are not echoed. */
function describe(value: unknown): string {
  if (typeof value === "string") {
    const shown = JSON.stringify(value.slice(0, 40));
    return value.length > 40 ? `${shown}… (${value.length} characters)` : shown;
  }
  const type = typeof value;
  if (type === "number" || type === "bigint" || type === "boolean")
    return `${type} ${String(value).slice(0, 40)}`;
  return value == null ? String(value) : `a value of type ${type}`;
}
