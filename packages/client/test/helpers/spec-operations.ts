// The bundled spec's operations as the contract and completeness tests need them: each operation's
// client method (x-gongkit-method), its example inputs in the method's argument order, and its
// success response's example as the client delivers it. Read here on its own, not through the
// generator's code, so that a generator mistake cannot hide in both.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { isLossyInteger } from "@gongkit/client-codegen/int64";

export interface Schema {
  $ref?: string;
  type?: string | string[];
  format?: string;
  maximum?: number;
  properties?: Record<string, Schema>;
  items?: Schema;
  additionalProperties?: Schema | boolean;
  example?: unknown;
  examples?: unknown[];
}

interface MediaType {
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

export interface Parameter {
  $ref?: string;
  name: string;
  in: string;
  required?: boolean;
  schema?: Schema;
  example?: unknown;
  examples?: Record<string, { value?: unknown; $ref?: string }>;
}

interface RawOperation {
  operationId?: string;
  parameters?: Parameter[];
  requestBody?: { $ref?: string; required?: boolean; content?: Record<string, MediaType> };
  responses?: Record<string, { $ref?: string; content?: Record<string, MediaType> }>;
  "x-gongkit-method"?: unknown;
  "x-gongkit-pagination"?: { cursor: "query" | "body"; items: string };
  "x-gongkit-upload"?: { part: string; maxBytes: number; uniqueKey?: string };
  "x-gongkit-wait"?: { method: string; by: string };
}

interface Document {
  paths: Record<string, Record<string, unknown> & { parameters?: Parameter[] }>;
}

const VERBS = ["get", "put", "post", "delete", "patch", "head", "options", "trace"] as const;
const JSON_MEDIA = "application/json";

/** One operation of the bundled spec, refs resolved. */
export interface SpecOperation {
  /** `GET /v2/users/{id}`. */
  label: string;
  verb: string;
  path: string;
  operationId: string | undefined;
  /** The `x-gongkit-method` value as written (`users.get`); undefined when missing. */
  method: string | undefined;
  /** Path parameters in the order of the path template: the method's first arguments. */
  pathParams: Parameter[];
  queryParams: Parameter[];
  /** Parameters in neither the path nor the query (headers, cookies). */
  otherParams: Parameter[];
  body: { required: boolean; media: MediaType | undefined } | undefined;
  /** The lowest 2xx status, and its response's media type (undefined: no body). */
  success: { status: number; media: MediaType | undefined } | undefined;
  paging: { cursor: "query" | "body"; items: string } | undefined;
  /** An upload: its multipart part, and whether it holds records (LDJSON) or a file. */
  upload: { part: string; records: boolean } | undefined;
  /** The `waitFor…` method that polls this operation (`x-gongkit-wait`). */
  waitMethod: string | undefined;
}

const require = createRequire(import.meta.url);

/** The bundled spec (`@gongkit/spec/openapi.json`), read fresh so that no test shares its objects. */
export function loadSpec(): Document {
  return JSON.parse(readFileSync(require.resolve("@gongkit/spec/openapi.json"), "utf8")) as Document;
}

/** Follows local `$ref`s. */
export function resolve<T extends { $ref?: string }>(doc: Document, value: T): T {
  let current = value;
  for (let hops = 0; current.$ref !== undefined; hops++) {
    if (hops > 20 || !current.$ref.startsWith("#/")) throw new Error(`Cannot resolve ${current.$ref}`);
    let target: unknown = doc;
    for (const raw of current.$ref.slice(2).split("/")) {
      target = (target as Record<string, unknown>)[raw.replace(/~1/g, "/").replace(/~0/g, "~")];
    }
    if (target === undefined) throw new Error(`Cannot resolve ${current.$ref}`);
    current = target as T;
  }
  return current;
}

/** Every operation of the spec, in document order. */
export function specOperations(doc: Document = loadSpec()): SpecOperation[] {
  const operations: SpecOperation[] = [];
  for (const [path, item] of Object.entries(doc.paths)) {
    for (const verb of VERBS) {
      const raw = item[verb] as RawOperation | undefined;
      if (raw === undefined) continue;
      // Operation-level parameters override path-level ones of the same name and location.
      const byKey = new Map<string, Parameter>();
      for (const p of [...(item.parameters ?? []), ...(raw.parameters ?? [])]) {
        const parameter = resolve(doc, p);
        byKey.set(`${parameter.in}:${parameter.name}`, parameter);
      }
      const parameters = [...byKey.values()];
      const pathNames = [...path.matchAll(/\{([^{}]+)\}/g)].map((match) => match[1]!);
      const body = raw.requestBody && resolve(doc, raw.requestBody);
      const successStatus = Object.keys(raw.responses ?? {})
        .filter((code) => /^2\d\d$/.test(code))
        .sort()[0];
      const success = successStatus && resolve(doc, raw.responses![successStatus]!);
      operations.push({
        label: `${verb.toUpperCase()} ${path}`,
        verb: verb.toUpperCase(),
        path,
        operationId: raw.operationId,
        method: typeof raw["x-gongkit-method"] === "string" ? raw["x-gongkit-method"] : undefined,
        pathParams: pathNames.map(
          (name) =>
            parameters.find((p) => p.in === "path" && p.name === name) ?? {
              name,
              in: "path",
              required: true,
            },
        ),
        queryParams: parameters.filter((p) => p.in === "query"),
        otherParams: parameters.filter((p) => p.in !== "query" && p.in !== "path"),
        body: body && { required: body.required === true, media: mediaOf(body.content) },
        success: success ? { status: Number(successStatus), media: mediaOf(success.content) } : undefined,
        paging: raw["x-gongkit-pagination"],
        upload: raw["x-gongkit-upload"] && {
          part: raw["x-gongkit-upload"].part,
          records:
            (body?.content?.["multipart/form-data"]?.schema &&
              (
                resolve(doc, body.content["multipart/form-data"].schema).properties?.[
                  raw["x-gongkit-upload"].part
                ] as { contentMediaType?: string } | undefined
              )?.contentMediaType) === "application/x-ndjson",
        },
        waitMethod: raw["x-gongkit-wait"]?.method,
      });
    }
  }
  return operations;
}

/** The JSON media type where there is one, else the first (undefined: no body). */
function mediaOf(content: Record<string, MediaType> | undefined): MediaType | undefined {
  if (content === undefined) return undefined;
  return content[JSON_MEDIA] ?? Object.values(content)[0];
}

const NONE = Symbol("no example");

/** A parameter's example: `example`, the first of `examples`, or its schema's. */
function parameterExample(doc: Document, parameter: Parameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first !== undefined) return resolve(doc, first).value;
  const schema = parameter.schema && resolve(doc, parameter.schema);
  if (schema?.example !== undefined) return schema.example;
  if (schema?.examples?.[0] !== undefined) return schema.examples[0];
  return NONE;
}

/** A media type's example: `example`, the first of `examples`, or its schema's. */
export function mediaExample(doc: Document, media: MediaType | undefined): unknown {
  if (media === undefined) return NONE;
  if (media.example !== undefined) return media.example;
  const first = Object.values(media.examples ?? {})[0];
  if (first !== undefined) return resolve(doc, first).value;
  const schema = media.schema && resolve(doc, media.schema);
  return schema?.example ?? NONE;
}

export function hasExample(value: unknown): boolean {
  return value !== NONE;
}

/**
 * The names of the method's parameters in order: path parameters, `body`, `query`, `options`; for an
 * upload, path parameters, `query`, then `media` or `records`, `options`.
 */
export function expectedParameterNames(op: SpecOperation): string[] {
  if (op.upload) {
    return [
      ...op.pathParams.map((p) => p.name),
      ...(op.queryParams.length > 0 ? ["query"] : []),
      op.upload.records ? "records" : "media",
      "options",
    ];
  }
  return [
    ...op.pathParams.map((p) => p.name),
    ...(op.body ? ["body"] : []),
    ...(op.queryParams.length > 0 ? ["query"] : []),
    "options",
  ];
}

export interface ExampleArguments {
  /** Path parameter examples, the body example, the query object: the method's arguments before `options`. */
  args: unknown[];
  /** The query object passed (undefined when the method takes none). */
  query: Record<string, unknown> | undefined;
  /** What the spec lacks to call this operation with examples only (empty when nothing). */
  missing: string[];
}

/**
 * The method's arguments built from the spec's examples, converted as the client's types say
 * (64-bit integers as strings). Every query parameter with an example is sent, except `cursor`.
 */
export function exampleArguments(doc: Document, op: SpecOperation): ExampleArguments {
  const missing: string[] = [];
  const args: unknown[] = [];
  for (const parameter of op.pathParams) {
    const example = parameterExample(doc, parameter);
    if (example === NONE) missing.push(`path parameter "${parameter.name}" has no example`);
    args.push(example === NONE ? undefined : toClientValue(doc, parameter.schema, example));
  }
  if (op.body && !op.upload) {
    const example = mediaExample(doc, op.body.media);
    if (example === NONE) missing.push("the request body has no example");
    args.push(example === NONE ? undefined : example);
  }
  let query: Record<string, unknown> | undefined;
  if (op.queryParams.length > 0) {
    query = {};
    for (const parameter of op.queryParams) {
      if (parameter.name === "cursor") continue;
      const example = parameterExample(doc, parameter);
      if (example === NONE) {
        if (parameter.required) missing.push(`required query parameter "${parameter.name}" has no example`);
        continue;
      }
      query[parameter.name] = toClientValue(doc, parameter.schema, example);
    }
    args.push(query);
  }
  if (op.upload) args.push(uploadExample(doc, op, missing));
  for (const parameter of op.otherParams) {
    if (parameter.required) missing.push(`required ${parameter.in} parameter "${parameter.name}"`);
  }
  return { args, query, missing };
}

/**
 * An upload's argument: the records of the multipart example's LDJSON part, or (a file has no example
 * in the spec) a small audio file.
 */
function uploadExample(doc: Document, op: SpecOperation, missing: string[]): unknown {
  const { part, records } = op.upload!;
  if (!records) return new File([new Uint8Array(64).fill(7)], "example.mp3", { type: "audio/mpeg" });
  const example = mediaExample(doc, op.body?.media) as Record<string, unknown> | typeof NONE;
  const text = example === NONE ? undefined : example[part];
  if (typeof text !== "string") {
    missing.push(`the ${part} part has no LDJSON example`);
    return [];
  }
  return text
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
}

/**
 * What the client resolves to for the success response's example: undefined when it has no body,
 * else the example with every 64-bit integer (per the schema, at its exact place) as a string.
 */
export function expectedResult(doc: Document, op: SpecOperation): unknown {
  const media = op.success?.media;
  if (media === undefined) return undefined;
  const example = mediaExample(doc, media);
  return example === NONE ? NONE : toClientValue(doc, media.schema, example);
}

/** `value` as the client types it under `schema`: lossy 64-bit integers become strings with every digit. */
export function toClientValue(doc: Document, raw: Schema | undefined, value: unknown): unknown {
  if (raw === undefined || value === null || value === undefined) return value;
  const schema = resolve(doc, raw);
  if (isLossyInteger(schema) && (typeof value === "number" || typeof value === "bigint"))
    return String(value);
  if (Array.isArray(value)) return value.map((item) => toClientValue(doc, schema.items, item));
  if (typeof value !== "object") return value;
  const result: Record<string, unknown> = {};
  for (const [key, child] of Object.entries(value)) {
    const extra = typeof schema.additionalProperties === "object" ? schema.additionalProperties : undefined;
    result[key] = toClientValue(doc, schema.properties?.[key] ?? extra, child);
  }
  return result;
}

/** `gong.users.get` for `users.get`: the client's method, or undefined. */
export function clientMethod(
  gong: object,
  name: string | undefined,
): ((...args: unknown[]) => Promise<unknown>) | undefined {
  if (name === undefined) return undefined;
  let target: unknown = gong;
  for (const segment of name.split(".")) {
    if (target === null || typeof target !== "object" || !Object.hasOwn(target, segment)) return undefined;
    target = (target as Record<string, unknown>)[segment];
  }
  return typeof target === "function" ? (target as (...args: unknown[]) => Promise<unknown>) : undefined;
}

/** `/v2/users/{id}` with the given values, encoded as a client must. */
export function fillPath(path: string, values: unknown[]): string {
  let index = 0;
  return path.replace(/\{[^{}]+\}/g, () => encodeURIComponent(String(values[index++])));
}
