import type { OpenApiDocument, Parameter } from "../spec/openapi.ts";
import { type OperationModel, parameterExample } from "../spec/operations.ts";
import { resolveRef } from "../spec/resolve-ref.ts";
import { merged } from "../spec/schema-fields.ts";

export const generatedHeader = `// Generated from spec/ by packages/docs-site/scripts/generate.ts. Do not edit: run \`pnpm generate\`.
// Type-checked against @gongkit/client by packages/docs-site/test/samples.test.ts.
`;

/** @gongkit/client's error class per status, for the statuses a sample shows how to handle. */
const handledErrors: Record<string, { className: string; handle: string }> = {
  "404": {
    className: "GongNotFoundError",
    // biome-ignore lint/suspicious/noTemplateCurlyInString: the placeholder belongs to the sample's template literal
    handle: "console.error(`Not found (request ${error.requestId})`);",
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
 * the request body (the spec's example), then the query object. An operation without a client method,
 * or with a body the spec gives no example of, gets the typed openapi-fetch call instead.
 */
export function typescriptSample(doc: OpenApiDocument, operation: OperationModel): string {
  const handled = operation.responses.map((r) => handledErrors[r.status]).filter((h) => h !== undefined);
  const imports = ["createGongClient", ...handled.map((h) => h.className)];
  const lines = [
    `// ${operation.summary}: ${operation.method.toUpperCase()} ${operation.path}`,
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
  const call =
    operation.clientMethod !== undefined && args !== undefined
      ? `await gong.${operation.clientMethod}(${args.join(", ")})`
      : undefined;
  if (call === undefined) {
    lines.push(...fetchStyleCall(doc, operation));
    return `${generatedHeader}${lines.join("\n")}\n`;
  }
  const fields = successFields(doc, operation);
  const binding = fields.length > 0 ? `{ ${fields.join(", ")} }` : "body";
  lines.push(
    "try {",
    `  const ${binding} = ${call};`,
    `  console.log(${fields.length > 0 ? fields.join(", ") : "body"});`,
  );
  lines.push("} catch (error) {");
  handled.forEach((h, i) => {
    lines.push(`  ${i === 0 ? "if" : "} else if"} (error instanceof ${h.className}) {`, `    ${h.handle}`);
  });
  lines.push(...(handled.length > 0 ? ["  } else {", "    throw error;", "  }"] : ["  throw error;"]), "}");
  return `${generatedHeader}${lines.join("\n")}\n`;
}

/** Arguments of the generated method, or undefined when the spec has no example body to show. */
function methodArguments(doc: OpenApiDocument, operation: OperationModel): string[] | undefined {
  const args = orderedPathParameters(operation).map((p) => literal(parameterExample(doc, p), p));
  if (operation.requestBody !== undefined) {
    const example = operation.requestBody.bodies.find((b) => b.mediaType.includes("json"))?.examples[0];
    if (example === undefined) return undefined;
    args.push(objectLiteral(example.value));
  }
  const query = operation.parameters
    .filter((p) => p.in === "query")
    .flatMap((p) => {
      const example = parameterExample(doc, p);
      const stringTyped = p.schema !== undefined && resolveRef(doc, p.schema).value.type === "string";
      // A placeholder is shown only where it still type-checks (a string), or where one is required.
      return example !== undefined || stringTyped || p.required
        ? [`${propertyKey(p.name)}: ${literal(example, p)}`]
        : [];
    });
  if (query.length > 0) args.push(`{ ${query.join(", ")} }`);
  return args;
}

/** The typed `gong.GET(path, { params })` form, for operations without a path-only client method. */
function fetchStyleCall(doc: OpenApiDocument, operation: OperationModel): string[] {
  const groups = new Map<string, string[]>();
  for (const parameter of operation.parameters) {
    if (parameter.in === "cookie" || (parameter.in === "header" && !parameter.required)) continue;
    const value = literal(parameterExample(doc, parameter), parameter);
    groups.set(parameter.in, [
      ...(groups.get(parameter.in) ?? []),
      `${propertyKey(parameter.name)}: ${value}`,
    ]);
  }
  const params = [...groups].map(([where, entries]) => `${where}: { ${entries.join(", ")} }`);
  const options = params.length > 0 ? `, { params: { ${params.join(", ")} } }` : "";
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

/** The top-level property names of the first 2xx JSON body, to destructure in the sample. */
function successFields(doc: OpenApiDocument, operation: OperationModel): string[] {
  const success = operation.responses.find((r) => /^2\d\d$/.test(r.status));
  const schema = success?.bodies.find((b) => b.mediaType.includes("json"))?.schema;
  if (schema === undefined) return [];
  const properties = Object.keys(merged(doc, resolveRef(doc, schema).value).properties ?? {});
  return properties.every((p) => /^[A-Za-z_$][\w$]*$/.test(p)) ? properties : [];
}

/** A JSON value as a TypeScript literal: indented for the call site, identifier keys unquoted. */
function objectLiteral(value: unknown): string {
  return JSON.stringify(value, null, 2)
    .replace(/^(\s*)"([A-Za-z_$][\w$]*)":/gm, "$1$2:")
    .replaceAll("\n", "\n  ");
}

function literal(example: unknown, parameter: Parameter): string {
  if (example !== undefined) return JSON.stringify(example);
  return JSON.stringify(`<${parameter.name}>`);
}

function propertyKey(name: string): string {
  return /^[A-Za-z_$][\w$]*$/.test(name) ? name : JSON.stringify(name);
}
