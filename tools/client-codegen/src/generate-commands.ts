// Emits @gongkit/cli's command table (src/generated/commands.ts) from the bundled spec: a command per
// client method (`gong <resource> <method>` in kebab case), its path parameters as positionals, its query
// parameters and scalar body fields as flags with their types and enums, and Gong's description.
// The table's shape is @gongkit/cli's (it publishes these types); a type-only import, so no cycle at run time.
import type {
  ArgumentSpec,
  CommandSpec,
  FlagSpec,
  ValueType,
} from "../../../packages/cli/src/command-spec.ts";
import { HEADER_NOTE } from "./generate-resources.ts";
import { isLossyInteger } from "./int64-properties.ts";
import {
  collectOperations,
  type OpenApiDocument,
  type OperationInfo,
  type Parameter,
  resolve,
  type Schema,
} from "./spec.ts";

const JSON_MEDIA = "application/json";

/** `listByFilter` -> `list-by-filter`, `dataPrivacy` -> `data-privacy`. */
export function kebab(name: string): string {
  return name.replace(/[A-Z]/g, (letter) => `-${letter.toLowerCase()}`);
}

export function commandSpecs(doc: OpenApiDocument): CommandSpec[] {
  const commands: CommandSpec[] = [];
  for (const info of collectOperations(doc)) {
    const method = info.operation["x-gongkit-method"];
    if (typeof method !== "string") continue;
    commands.push(operationCommand(doc, info, method));
    const wait = info.operation["x-gongkit-wait"] as { method?: string; by?: string } | undefined;
    if (wait?.method && wait.by) commands.push(waitCommand(doc, info, wait.method, wait.by));
  }
  return commands;
}

function base(info: OperationInfo, method: string) {
  const [resource, name] = method.split(".") as [string, string];
  const operation = info.operation as OperationInfo["operation"] & { deprecated?: boolean };
  return {
    resource: kebab(resource),
    name: kebab(name),
    method,
    operation: `${info.method.toUpperCase()} ${info.path}`,
    operationId: operation.operationId ?? "",
    summary: operation.summary ?? "",
    description: (operation.description ?? "").trim(),
    ...(operation.deprecated ? { deprecated: true as const } : {}),
  };
}

function operationCommand(doc: OpenApiDocument, info: OperationInfo, method: string): CommandSpec {
  const names = [...info.path.matchAll(/\{([^{}]+)\}/g)].map((m) => m[1]!);
  const positionals = names.map((name) =>
    argument(doc, info.parameters.find((p) => p.in === "path" && p.name === name)!),
  );
  const paging = info.operation["x-gongkit-pagination"] as { cursor: string; items: string } | undefined;
  const flags = info.parameters
    .filter((p) => p.in === "query" && !(paging?.cursor === "query" && p.name === "cursor"))
    .map((p) => queryFlag(doc, p));
  const upload = info.operation["x-gongkit-upload"] as { part: string } | undefined;
  const requestBody = info.operation.requestBody && resolve(doc, info.operation.requestBody);
  let body: CommandSpec["body"] = "none";
  if (upload === undefined && requestBody?.content?.[JSON_MEDIA]) {
    body = requestBody.required ? "required" : "optional";
    const schema = (requestBody.content[JSON_MEDIA] as { schema?: Schema }).schema;
    if (schema) flags.push(...bodyFlags(doc, resolve(doc, schema), [], paging?.cursor === "body"));
  }
  const queryParams = info.parameters.filter((p) => p.in === "query");
  return {
    ...base(info, method),
    positionals,
    flags,
    body,
    query: queryParams.length === 0 ? "none" : queryParams.some((p) => p.required) ? "required" : "optional",
    ...(upload ? { upload: { part: upload.part, records: isRecords(doc, requestBody, upload.part) } } : {}),
    ...(paging ? { paging: { items: paging.items } } : {}),
  };
}

function waitCommand(doc: OpenApiDocument, info: OperationInfo, method: string, by: string): CommandSpec {
  const parameter = info.parameters.find((p) => p.name === by)!;
  const command = base(info, method);
  return {
    ...command,
    summary: `Wait until the job of "${command.summary}" is done`,
    description: `Polls ${command.operation} (every 2 s at first, up to every 30 s) until its status is no longer pending, and prints the last status body. Fails (exit 1) when the job fails.`,
    positionals: [argument(doc, parameter)],
    flags: info.parameters.filter((p) => p.in === "query" && p.name !== by).map((p) => queryFlag(doc, p)),
    body: "none",
    query: "none",
    wait: true,
  };
}

function isRecords(
  doc: OpenApiDocument,
  body: { content?: Record<string, unknown> } | undefined,
  part: string,
): boolean {
  const multipart = body?.content?.["multipart/form-data"] as { schema?: Schema } | undefined;
  const schema = multipart?.schema && resolve(doc, multipart.schema);
  const partSchema = schema?.properties?.[part] && resolve(doc, schema.properties[part]!);
  return partSchema?.contentMediaType === "application/x-ndjson";
}

function valueType(doc: OpenApiDocument, raw: Schema | undefined): ValueType | undefined {
  if (raw === undefined) return "string";
  const schema = resolve(doc, raw);
  if (isLossyInteger(schema)) return "int64";
  const type = Array.isArray(schema.type) ? schema.type.find((t) => t !== "null") : schema.type;
  if (type === "string" || type === "integer" || type === "number" || type === "boolean") return type;
  if (type === undefined && schema.enum) return "string";
  return undefined;
}

function enumOf(doc: OpenApiDocument, raw: Schema | undefined): string[] | undefined {
  const values = raw && resolve(doc, raw).enum;
  return values?.filter((v): v is string => typeof v === "string");
}

function argument(doc: OpenApiDocument, parameter: Parameter): ArgumentSpec {
  return {
    name: parameter.name,
    type: valueType(doc, parameter.schema) ?? "string",
    description: oneLine(parameter.description),
  };
}

function queryFlag(doc: OpenApiDocument, parameter: Parameter): FlagSpec {
  const schema = parameter.schema && resolve(doc, parameter.schema);
  const array = schema?.type === "array";
  const item = array ? schema?.items : parameter.schema;
  const values = enumOf(doc, item);
  return {
    flag: kebab(parameter.name),
    in: "query",
    path: [parameter.name],
    type: valueType(doc, item) ?? "string",
    ...(array ? { array: true as const } : {}),
    ...(values?.length ? { enum: values } : {}),
    ...(parameter.required ? { required: true as const } : {}),
    description: oneLine(parameter.description),
  };
}

/** Scalar fields (and arrays of scalars) of the body and of its objects one level down. */
function bodyFlags(doc: OpenApiDocument, schema: Schema, prefix: string[], pagedByBody: boolean): FlagSpec[] {
  const flags: FlagSpec[] = [];
  const required = new Set((schema as { required?: string[] }).required ?? []);
  for (const [name, raw] of Object.entries(schema.properties ?? {})) {
    if (pagedByBody && prefix.length === 0 && name === "cursor") continue;
    const property = resolve(doc, raw);
    const description = oneLine(
      (property as { description?: string }).description ?? (raw as { description?: string }).description,
    );
    const array = property.type === "array";
    const item = array ? property.items : raw;
    const type = valueType(doc, item);
    if (type !== undefined && (!array || item !== undefined)) {
      const values = enumOf(doc, item);
      flags.push({
        flag: [...prefix, name].map(kebab).join("."),
        in: "body",
        path: [...prefix, name],
        type,
        ...(array ? { array: true as const } : {}),
        ...(values?.length ? { enum: values } : {}),
        ...(required.has(name) ? { required: true as const } : {}),
        description,
      });
    } else if (!array && property.type === "object" && prefix.length === 0) {
      flags.push(...bodyFlags(doc, property, [name], false));
    }
  }
  return flags;
}

function oneLine(text: string | undefined): string {
  return (text ?? "").replace(/\s+/g, " ").trim();
}

export function generateCommands(doc: OpenApiDocument, source: string): string {
  const commands = commandSpecs(doc);
  return [
    `// Generated from ${source} by tools/client-codegen. ${HEADER_NOTE}`,
    "// Regenerate with `pnpm generate`.",
    "",
    'import type { CommandSpec } from "../command-spec.js";',
    "",
    "/** A command per client method: `gong <resource> <method>`. */",
    `export const COMMANDS: readonly CommandSpec[] = ${JSON.stringify(commands, null, 2)};`,
    "",
  ].join("\n");
}
