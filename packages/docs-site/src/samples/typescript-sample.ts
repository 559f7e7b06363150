import { asClientInput } from "../spec/client-input.ts";
import type { OpenApiDocument, Parameter } from "../spec/openapi.ts";
import { firstRequestBody, type OperationModel, parameterExample } from "../spec/operations.ts";
import { resolveRef } from "../spec/resolve-ref.ts";
import { holdsStringIntegers, merged } from "../spec/schema-fields.ts";

export const generatedHeader = `// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run \`pnpm generate\`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
`;

/**
 * @gongkit/client's error class per status, for the statuses a sample shows how to handle: the ones
 * a caller can act on (400, 401 and 5xx are the same everywhere and are left to `throw error`).
 */
const handledErrors: Record<string, { className: string; handle: string }> = {
  "403": {
    className: "GongForbiddenError",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder belongs to the sample's template literal
    handle: "console.error(`Forbidden: check the token's scope (request ${error.requestId})`);",
  },
  "404": {
    className: "GongNotFoundError",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder belongs to the sample's template literal
    handle: "console.error(`Not found (request ${error.requestId})`);",
  },
  "409": {
    className: "GongConflictError",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder belongs to the sample's template literal
    handle: 'console.error(`Conflict: ${error.errors.join("; ")}`);',
  },
  "429": {
    className: "GongRateLimitError",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder belongs to the sample's template literal
    handle: "console.error(`Rate limited: retry in ${error.retryAfterMs} ms`);",
  },
};

/**
 * A runnable TypeScript sample for an operation, using @gongkit/client. It calls the generated method
 * (`x-gongkit-method`) with the client generator's argument order: path parameters in path order, then
 * the request body (the spec's example), then the query object, with 64-bit integers as strings. A
 * paged operation (`x-gongkit-pagination`) is iterated with `for await`, its cursor left to the client.
 * An operation without a client method, or with a body the spec gives no example of, gets the typed
 * openapi-fetch call instead.
 */
export function typescriptSample(doc: OpenApiDocument, operation: OperationModel): string {
  const handled = operation.responses.map((r) => handledErrors[r.status]).filter((h) => h !== undefined);
  const imports = ["createGongClient", ...handled.map((h) => h.className)];
  const media = operation.upload !== undefined && !operation.upload.records;
  const lines = [
    `// ${operation.summary}: ${operation.method.toUpperCase()} ${operation.path}`,
    ...(media ? ['import { openAsBlob } from "node:fs";'] : []),
    `import { ${imports.join(", ")} } from "@gongkit/client";`,
    "",
    "const gong = createGongClient({",
    "  auth: {",
    "    accessKey: process.env.GONG_ACCESS_KEY!,",
    "    accessKeySecret: process.env.GONG_ACCESS_KEY_SECRET!,",
    "  },",
    "});",
    "",
  ];
  const args = methodArguments(doc, operation);
  if (operation.clientMethod === undefined || args === undefined) {
    lines.push(...fetchStyleCall(doc, operation));
    return `${generatedHeader}${lines.join("\n")}\n`;
  }
  const call = `gong.${operation.clientMethod}(${args.join(", ")})`;
  if (operation.upload?.records) lines.push(...recordsDeclaration(operation.upload.example ?? ""), "");
  lines.push("try {");
  if (operation.pagination !== undefined) {
    const item = itemName(operation.pagination.items);
    lines.push(
      "  // Every item of every page: the client requests the next page with records.cursor.",
      `  for await (const ${item} of ${call}) {`,
      `    console.log(${item});`,
      "  }",
    );
  } else {
    const fields = successFields(doc, operation);
    const binding = fields.length > 0 ? `{ ${fields.join(", ")} }` : "body";
    lines.push(
      `  const ${binding} = await ${call};`,
      `  console.log(${fields.length > 0 ? fields.join(", ") : "body"});`,
    );
  }
  lines.push("} catch (error) {");
  handled.forEach((h, i) => {
    lines.push(`  ${i === 0 ? "if" : "} else if"} (error instanceof ${h.className}) {`, `    ${h.handle}`);
  });
  lines.push(...(handled.length > 0 ? ["  } else {", "    throw error;", "  }"] : ["  throw error;"]), "}");
  return `${generatedHeader}${lines.join("\n")}\n`;
}

/** The loop variable for a page's items: `users` -> `user`, `logEntries` -> `logEntry`, else `item`. */
export function itemName(items: string): string {
  if (/[^aeiou]ies$/.test(items)) return `${items.slice(0, -3)}y`;
  if (/[^s]s$/.test(items)) return items.slice(0, -1);
  return "item";
}

/**
 * `const records = [...]`: the spec's LDJSON example as the array `crm.uploadObjects` takes (an async
 * iterable streams the same lines without holding them).
 */
function recordsDeclaration(ldjson: string): string[] {
  const records = ldjson
    .split("\n")
    .filter((line) => line.trim() !== "")
    .map((line) => JSON.parse(line) as unknown);
  return [
    "// One object per line of the upload (an async iterable streams them instead of holding them).",
    `const records = ${objectLiteral(records).replaceAll("\n  ", "\n")};`,
  ];
}

/** Arguments of the generated method, or undefined when the spec has no example body to show. */
function methodArguments(doc: OpenApiDocument, operation: OperationModel): string[] | undefined {
  const args = orderedPathParameters(operation).map((p) => parameterLiteral(doc, p));
  if (operation.upload !== undefined) {
    if (operation.upload.records && operation.upload.example === undefined) return undefined;
    const query = queryParameters(operation).map(
      (p) => `${propertyKey(p.name)}: ${parameterLiteral(doc, p)}`,
    );
    if (query.length > 0) args.push(`{ ${query.join(", ")} }`);
    if (operation.upload.records) return [...args, "records"];
    // A file stays on disk: openAsBlob streams it, and a retry sends it again from its first byte.
    return [
      ...args,
      'await openAsBlob("recording.mp3", { type: "audio/mpeg" })',
      "{ onUploadProgress: ({ sent, total }) => console.log(`${sent} of ${total} bytes`) }",
    ];
  }
  if (operation.requestBody !== undefined) {
    const body = requestBodyExample(doc, operation);
    if (body === undefined) return undefined;
    args.push(objectLiteral(body));
  }
  const query = queryParameters(operation).flatMap((p) => {
    const example = parameterExample(doc, p);
    // A placeholder is shown only where it still type-checks (a string), or where one is required.
    return example !== undefined || takesString(doc, p) || p.required
      ? [`${propertyKey(p.name)}: ${parameterLiteral(doc, p)}`]
      : [];
  });
  if (query.length > 0) args.push(`{ ${query.join(", ")} }`);
  return args;
}

/** The query parameters a caller passes: all of them but the cursor of a paged operation. */
function queryParameters(operation: OperationModel): Parameter[] {
  const pagedByQuery = operation.pagination?.cursor === "query";
  return operation.parameters.filter((p) => p.in === "query" && !(pagedByQuery && p.name === "cursor"));
}

/** The request body's first example as the client takes it: 64-bit integers as strings, no cursor. */
function requestBodyExample(doc: OpenApiDocument, operation: OperationModel): unknown {
  const first = firstRequestBody(operation);
  if (first === undefined) return undefined;
  return first.body.schema === undefined ? first.value : asClientInput(doc, first.body.schema, first.value);
}

/** The typed `gong.GET(path, { params, body })` form, for operations without a client method. */
function fetchStyleCall(doc: OpenApiDocument, operation: OperationModel): string[] {
  const groups = new Map<string, string[]>();
  for (const parameter of operation.parameters) {
    if (parameter.in === "cookie" || (parameter.in === "header" && !parameter.required)) continue;
    groups.set(parameter.in, [
      ...(groups.get(parameter.in) ?? []),
      `${propertyKey(parameter.name)}: ${parameterLiteral(doc, parameter)}`,
    ]);
  }
  const params = [...groups].map(([where, entries]) => `${where}: { ${entries.join(", ")} }`);
  const init = params.length > 0 ? [`params: { ${params.join(", ")} }`] : [];
  const body = requestBodyExample(doc, operation);
  if (body !== undefined) init.push(`body: ${objectLiteral(body)}`);
  const options = init.length > 0 ? `, { ${init.join(", ")} }` : "";
  const method = operation.method.toUpperCase();
  return [
    `const { data, error, response } = await gong.${method}(${JSON.stringify(operation.path)}${options});`,
    "if (error) console.error(response.status, error);",
    "else console.log(data);",
  ];
}

function orderedPathParameters(operation: OperationModel): Parameter[] {
  const byName = new Map(operation.parameters.filter((p) => p.in === "path").map((p) => [p.name, p]));
  return [...operation.path.matchAll(/\{([^}]+)\}/g)]
    .map((m) => byName.get(m[1]!))
    .filter((p) => p !== undefined);
}

/**
 * The top-level property names every 2xx JSON body has (an operation answering 200 or 201 returns
 * either), to destructure in the sample.
 */
function successFields(doc: OpenApiDocument, operation: OperationModel): string[] {
  const schemas = operation.responses
    .filter((r) => /^2\d\d$/.test(r.status))
    .map((r) => r.bodies.find((b) => b.mediaType.includes("json"))?.schema);
  if (schemas.length === 0 || schemas.some((schema) => schema === undefined)) return [];
  const [first, ...others] = schemas.map((schema) =>
    Object.keys(merged(doc, resolveRef(doc, schema!).value).properties ?? {}),
  );
  const properties = first!.filter((p) => others.every((keys) => keys.includes(p)));
  return properties.every((p) => /^[A-Za-z_$][\w$]*$/.test(p)) ? properties : [];
}

/** A JSON value as a TypeScript literal: indented for the call site, identifier keys unquoted. */
function objectLiteral(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, "$1$2:")
    .replaceAll("\n", "\n  ");
}

/** Whether the client types the parameter as a string (a 64-bit integer included). */
function takesString(doc: OpenApiDocument, parameter: Parameter): boolean {
  if (parameter.schema === undefined) return false;
  return (
    resolveRef(doc, parameter.schema).value.type === "string" || holdsStringIntegers(doc, parameter.schema)
  );
}

/** A parameter's example as a literal of the type the client takes, or a `<name>` placeholder. */
function parameterLiteral(doc: OpenApiDocument, parameter: Parameter): string {
  const example = parameterExample(doc, parameter);
  if (example === undefined) return JSON.stringify(`<${parameter.name}>`);
  if (parameter.schema === undefined) return JSON.stringify(example);
  return JSON.stringify(asClientInput(doc, parameter.schema, example));
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
