import {
  type Example,
  type HttpMethod,
  httpMethods,
  type MaybeRef,
  type MediaType,
  type OpenApiDocument,
  type OperationObject,
  type Pagination,
  type Parameter,
  type RequestBody,
  type Schema,
  type SecurityRequirement,
  type Server,
  type Wait,
} from "./openapi.ts";
import { deref, resolveRef } from "./resolve-ref.ts";
import { merged } from "./schema-fields.ts";

export interface NamedExample {
  name: string;
  summary?: string;
  value: unknown;
}

export interface Body {
  mediaType: string;
  schema?: MaybeRef<Schema>;
  examples: NamedExample[];
}

export interface ResponseModel {
  status: string;
  description: string;
  headers: { name: string; description?: string; required: boolean; schema?: MaybeRef<Schema> }[];
  bodies: Body[];
}

export interface OperationModel {
  operationId: string;
  method: HttpMethod;
  path: string;
  summary: string;
  description?: string;
  deprecated: boolean;
  tags: string[];
  /** `namespace.method` of the generated client (`x-gongkit-method`), e.g. `users.get`. */
  clientMethod?: string;
  /** How the operation pages (`x-gongkit-pagination`), when Gong answers it a page at a time. */
  pagination?: Pagination;
  /** An upload (`x-gongkit-upload`): its multipart part, Gong's limit, and its records' LDJSON example. */
  upload?: { part: string; maxBytes: number; records: boolean; example?: string };
  /** A job's status operation (`x-gongkit-wait`): the client method that polls it until the job is done. */
  wait?: Wait;
  parameters: Parameter[];
  requestBody?: { description?: string; required: boolean; bodies: Body[] };
  responses: ResponseModel[];
  /** Alternatives: any one requirement object satisfies the operation (OpenAPI "Security Requirement"). */
  security: SecurityRequirement[];
  servers: Server[];
}

/** Every operation of the document, in path order then method order, with path-level items merged in. */
export function listOperations(doc: OpenApiDocument): OperationModel[] {
  const operations: OperationModel[] = [];
  for (const [path, pathItem] of Object.entries(doc.paths ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      operations.push(toModel(doc, path, method, operation, pathItem.parameters ?? [], pathItem.servers));
    }
  }
  return operations;
}

/** A webhook (OpenAPI 3.1 `webhooks`): a request the API sends to a URL of yours. */
export interface WebhookModel {
  /** Its key in `webhooks`, e.g. `call`. */
  name: string;
  /** The request, modelled as an operation whose `path` is the webhook's name. */
  operation: OperationModel;
}

/** Every webhook of the document, in document order then method order. */
export function listWebhooks(doc: OpenApiDocument): WebhookModel[] {
  const webhooks: WebhookModel[] = [];
  for (const [name, pathItem] of Object.entries(doc.webhooks ?? {})) {
    for (const method of httpMethods) {
      const operation = pathItem[method];
      if (!operation) continue;
      webhooks.push({
        name,
        operation: toModel(doc, name, method, operation, pathItem.parameters ?? [], pathItem.servers),
      });
    }
  }
  return webhooks;
}

/** Where a webhook's page lives, from the site root. */
export function webhookHref(webhook: Pick<WebhookModel, "name">): string {
  return `webhooks/${webhook.name}.html`;
}

function toModel(
  doc: OpenApiDocument,
  path: string,
  method: HttpMethod,
  operation: OperationObject,
  pathParameters: MaybeRef<Parameter>[],
  pathServers: Server[] | undefined,
): OperationModel {
  if (!operation.operationId) throw new Error(`${method.toUpperCase()} ${path} has no operationId`);
  const model: OperationModel = {
    operationId: operation.operationId,
    method,
    path,
    summary: operation.summary ?? `${method.toUpperCase()} ${path}`,
    deprecated: operation.deprecated ?? false,
    tags: operation.tags ?? [],
    parameters: mergeParameters(doc, pathParameters, operation.parameters ?? []),
    responses: Object.entries(operation.responses ?? {}).map(([status, ref]) => {
      const response = deref(doc, ref);
      return {
        status,
        description: response.description,
        headers: Object.entries(response.headers ?? {}).map(([name, headerRef]) => {
          const header = deref(doc, headerRef);
          return {
            name,
            required: header.required ?? false,
            ...(header.description === undefined ? {} : { description: header.description }),
            ...(header.schema === undefined ? {} : { schema: header.schema }),
          };
        }),
        bodies: bodies(doc, response.content),
      };
    }),
    security: operation.security ?? doc.security ?? [],
    servers: operation.servers ?? pathServers ?? doc.servers ?? [{ url: "/" }],
  };
  if (operation.description !== undefined) model.description = operation.description;
  if (operation["x-gongkit-method"] !== undefined) model.clientMethod = operation["x-gongkit-method"];
  if (operation["x-gongkit-pagination"] !== undefined) model.pagination = operation["x-gongkit-pagination"];
  if (operation["x-gongkit-wait"] !== undefined) model.wait = operation["x-gongkit-wait"];
  if (operation.requestBody !== undefined) model.requestBody = requestBody(doc, operation.requestBody);
  const upload = operation["x-gongkit-upload"];
  if (upload !== undefined) model.upload = uploadOf(doc, upload, model.requestBody);
  return model;
}

/** An upload's part, limit, and (for records) the LDJSON example of its multipart body. */
function uploadOf(
  doc: OpenApiDocument,
  { part, maxBytes }: { part: string; maxBytes: number },
  body: OperationModel["requestBody"],
): NonNullable<OperationModel["upload"]> {
  const multipart = body?.bodies.find((b) => b.mediaType === "multipart/form-data");
  const schema = multipart?.schema && resolveRef(doc, multipart.schema).value;
  const partSchema = schema?.properties?.[part] && resolveRef(doc, schema.properties[part]).value;
  const records =
    (partSchema as { contentMediaType?: string } | undefined)?.contentMediaType === "application/x-ndjson";
  const example = (multipart?.examples[0]?.value as Record<string, unknown> | undefined)?.[part];
  return { part, maxBytes, records, ...(typeof example === "string" ? { example } : {}) };
}

/** Operation-level parameters override path-level ones with the same name and location. */
function mergeParameters(
  doc: OpenApiDocument,
  pathLevel: MaybeRef<Parameter>[],
  operationLevel: MaybeRef<Parameter>[],
): Parameter[] {
  const merged = new Map<string, Parameter>();
  for (const ref of [...pathLevel, ...operationLevel]) {
    const parameter = deref(doc, ref);
    merged.set(`${parameter.in}:${parameter.name}`, parameter);
  }
  return [...merged.values()];
}

function requestBody(doc: OpenApiDocument, ref: MaybeRef<RequestBody>) {
  const body = deref(doc, ref);
  return {
    required: body.required ?? false,
    bodies: bodies(doc, body.content),
    ...(body.description === undefined ? {} : { description: body.description }),
  };
}

function bodies(doc: OpenApiDocument, content: Record<string, MediaType> | undefined) {
  return Object.entries(content ?? {}).map(([mediaType, media]): Body => {
    const examples: NamedExample[] = [];
    if (media.example !== undefined) examples.push({ name: "example", value: media.example });
    for (const [name, exampleRef] of Object.entries(media.examples ?? {})) {
      examples.push(namedExample(name, deref<Example>(doc, exampleRef)));
    }
    // Without a media example, the schema's own example (OpenAPI's last resort) is the body's example.
    const schemaExample = media.schema === undefined ? undefined : exampleOfSchema(doc, media.schema);
    if (examples.length === 0 && schemaExample !== undefined)
      examples.push({ name: "schema", summary: "the schema's example", value: schemaExample });
    return media.schema === undefined
      ? { mediaType, examples }
      : { mediaType, schema: media.schema, examples };
  });
}

/** A schema's `example`, else the first of its `examples` (through `$ref` and `allOf`). */
export function exampleOfSchema(doc: OpenApiDocument, schemaRef: MaybeRef<Schema>): unknown {
  const schema = merged(doc, resolveRef(doc, schemaRef).value);
  return schema.example ?? schema.examples?.[0];
}

function namedExample(name: string, example: Example): NamedExample {
  return example.summary === undefined
    ? { name, value: example.value }
    : { name, summary: example.summary, value: example.value };
}

/** The example value of a parameter: its own example, its first named example, or its schema's. */
export function parameterExample(doc: OpenApiDocument, parameter: Parameter): unknown {
  if (parameter.example !== undefined) return parameter.example;
  const first = Object.values(parameter.examples ?? {})[0];
  if (first !== undefined) return deref(doc, first).value;
  if (parameter.schema === undefined) return undefined;
  const schema = resolveRef(doc, parameter.schema).value;
  return schema.example ?? schema.examples?.[0] ?? schema.default;
}

/**
 * The JSON request body and its first example as the first request sends it: a paged operation's body
 * `cursor` left out (it is for the pages after the first, and the client adds it).
 */
export function firstRequestBody(operation: OperationModel): { body: Body; value: unknown } | undefined {
  const body = operation.requestBody?.bodies.find((b) => b.mediaType.includes("json"));
  const example = body?.examples[0];
  if (body === undefined || example === undefined) return undefined;
  const value = example.value;
  if (
    operation.pagination?.cursor !== "body" ||
    typeof value !== "object" ||
    value === null ||
    Array.isArray(value)
  )
    return { body, value };
  const { cursor: _cursor, ...rest } = value as Record<string, unknown>;
  return { body, value: rest };
}

/** The OAuth scopes any of the operation's security alternatives asks for. */
export function requiredScopes(operation: OperationModel): string[] {
  return [...new Set(operation.security.flatMap((requirement) => Object.values(requirement).flat()))];
}
