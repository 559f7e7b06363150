// A path parameter's schema, as the runtime check (PathParamRule in @gongkit/client) and in words.
import { isLossyInteger } from "./int64-properties.ts";
import type { Parameter, Schema } from "./spec.ts";

/** A 64-bit integer travels as its digits: a string, since a JS number would round it. */
const INT64_DIGITS = { type: "string", pattern: "^-?[0-9]{1,19}$" } as const;

/** The source of a `PathParamRule` object literal for `parameter`. */
export function pathParamRuleSource(parameter: Parameter, raw: Schema | undefined): string {
  const schema: Schema | undefined =
    raw !== undefined && isLossyInteger(raw) ? { ...raw, ...INT64_DIGITS } : raw;
  const type = schemaType(parameter, schema);
  const fields: string[] = [`name: ${JSON.stringify(parameter.name)}`, `type: ${JSON.stringify(type)}`];
  if (schema?.pattern !== undefined) fields.push(`pattern: ${compilePattern(parameter, schema.pattern)}`);
  for (const key of ["minLength", "maxLength", "minimum", "maximum"] as const) {
    const value = schema?.[key];
    if (value !== undefined) fields.push(`${key}: ${JSON.stringify(value)}`);
  }
  if (schema?.enum !== undefined) fields.push(`enum: ${JSON.stringify(schema.enum)}`);
  fields.push(`requirement: ${JSON.stringify(requirement(type, schema))}`);
  if (parameter.in === "query" && parameter.required !== true) fields.push("optional: true");
  return `{\n${fields.map((field) => `  ${field},\n`).join("")}}`;
}

function schemaType(parameter: Parameter, schema: Schema | undefined): "string" | "integer" {
  const type = schema?.type ?? "string";
  if (type === "string" || type === "integer") return type;
  throw new Error(
    `Path parameter "${parameter.name}" has schema type ${JSON.stringify(type)}; the generator supports string and integer`,
  );
}

/**
 * A regular-expression literal for a JSON Schema `pattern` (ECMA-262 syntax), with the `u` flag so
 * that `\d`, classes and escapes mean what the spec says. `RegExp#toString` escapes `/` and line breaks.
 */
function compilePattern(parameter: Parameter, pattern: string): string {
  try {
    return String(new RegExp(pattern, "u"));
  } catch (error) {
    throw new Error(`Path parameter "${parameter.name}" has an invalid pattern ${JSON.stringify(pattern)}`, {
      cause: error,
    });
  }
}

/** The requirement in words, as the error message's "must be …" part. */
export function requirement(type: "string" | "integer", schema: Schema | undefined): string {
  if (schema?.enum !== undefined)
    return `one of ${schema.enum.map((value) => JSON.stringify(value)).join(", ")}`;
  if (type === "integer") return `an integer${range(schema?.minimum, schema?.maximum)}`;
  if (schema?.pattern === INT64_DIGITS.pattern) {
    return `a 64-bit integer as a string of up to 19 digits (pattern ${schema.pattern})`;
  }
  if (schema?.pattern !== undefined) {
    const words = describePattern(schema.pattern) ?? "a string matching a pattern";
    return `${words} (pattern ${schema.pattern})`;
  }
  if (schema?.minLength !== undefined || schema?.maxLength !== undefined) {
    return `a string of ${lengthRange(schema.minLength ?? 1, schema.maxLength)} characters`;
  }
  return "a non-empty string";
}

const DIGITS = String.raw`(?:\[0-9\]|\\d)`;
const DIGIT_PATTERN = new RegExp(String.raw`^\^${DIGITS}(?:\{(\d+)(?:,(\d*))?\}|(\+))\$$`);

/** Words for the common all-digits patterns (`^[0-9]{1,20}$`, `^\d+$`); undefined for anything else. */
function describePattern(pattern: string): string | undefined {
  const match = DIGIT_PATTERN.exec(pattern);
  if (match === null) return undefined;
  const [, min, max, plus] = match;
  if (plus !== undefined) return "a string of digits";
  if (max === undefined) return `a string of exactly ${min} digits`;
  return `a string of ${lengthRange(Number(min), max === "" ? undefined : Number(max))} digits`;
}

function lengthRange(min: number, max: number | undefined): string {
  if (max === undefined) return `${min} or more`;
  return min === max ? `exactly ${min}` : `${min} to ${max}`;
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${min} to ${max}`;
  if (min !== undefined) return ` of at least ${min}`;
  return max === undefined ? "" : ` of at most ${max}`;
}
