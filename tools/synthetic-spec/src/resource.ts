// One synthetic resource: its schemas and five operations (list, get, create, update, delete),
// shaped like Gong's (a `{ requestId, <record> }` body, cursor paging, OAuth scopes per resource).
import type { Json, JsonObject } from "./json.ts";
import type { ResourceNames } from "./names.ts";
import { errorResponses, ID_EXAMPLE, REQUEST_ID_EXAMPLE, ref } from "./shared-components.ts";

export const OPERATIONS_PER_RESOURCE = 5;

export interface Resource {
  schemas: JsonObject;
  paths: JsonObject;
  tag: JsonObject;
  scopes: JsonObject;
}

// Extra properties cycle through these shapes so that records differ from resource to resource.
const EXTRA_FIELDS: { schema: JsonObject; example: Json }[] = [
  { schema: { type: "string", description: "A free-text note." }, example: "Renewal discussed" },
  { schema: { type: "integer", minimum: 0, description: "A count." }, example: 3 },
  { schema: { type: "number", description: "An amount in the company's currency." }, example: 1250.5 },
  { schema: { type: "boolean", description: "Whether the flag is set." }, example: false },
  {
    schema: { type: "string", enum: ["low", "medium", "high"], description: "A priority level." },
    example: "medium",
  },
  {
    schema: { type: "array", items: { type: "string" }, description: "Labels attached by users." },
    example: ["q3", "enterprise"],
  },
];

export function resource(names: ResourceNames, index: number): Resource {
  const { namespace, pascal, singular } = names;
  const extraCount = 2 + (index % 5);
  const extras = Array.from(
    { length: extraCount },
    (_, i) => EXTRA_FIELDS[(index + i) % EXTRA_FIELDS.length]!,
  );
  const extraProperties = Object.fromEntries(extras.map((field, i) => [`field${i + 1}`, field.schema]));
  const recordExample: JsonObject = {
    id: ID_EXAMPLE,
    name: `Example ${singular}`,
    created: "2018-02-17T02:30:00-08:00",
    active: true,
    status: "active",
    owner: { id: "563515258458745", emailAddress: "test@test.com" },
    ...Object.fromEntries(extras.map((field, i) => [`field${i + 1}`, field.example])),
  };
  const inputExample: JsonObject = { name: `Example ${singular}`, status: "active" };

  const schemas: JsonObject = {
    [pascal]: {
      type: "object",
      description: `A ${singular} record.`,
      required: ["id", "name", "created"],
      properties: {
        id: ref("schemas", "Id"),
        name: { type: "string", description: `The ${singular}'s display name.` },
        created: {
          type: "string",
          format: "date-time",
          description: "Creation time in the ISO-8601 format.",
        },
        active: { type: "boolean", description: "True if the record is active." },
        status: { type: "string", enum: ["active", "archived", "draft"], description: "Lifecycle status." },
        owner: ref("schemas", "UserReference"),
        ...extraProperties,
      },
    },
    [`${pascal}Input`]: {
      type: "object",
      description: `The fields of a ${singular} that a client may set.`,
      required: ["name"],
      properties: {
        name: { type: "string", minLength: 1, description: `The ${singular}'s display name.` },
        status: { type: "string", enum: ["active", "archived", "draft"], description: "Lifecycle status." },
      },
    },
    [`${pascal}Response`]: {
      type: "object",
      description: `The body of a response carrying one ${singular}.`,
      properties: { requestId: ref("schemas", "RequestId"), [singular]: ref("schemas", pascal) },
    },
    [`${pascal}ListResponse`]: {
      type: "object",
      description: `One page of ${namespace}.`,
      properties: {
        requestId: ref("schemas", "RequestId"),
        records: ref("schemas", "Records"),
        [namespace]: {
          type: "array",
          description: "The records of this page.",
          items: ref("schemas", pascal),
        },
      },
    },
  };

  const readScope = `api:${namespace}:read`;
  const writeScope = `api:${namespace}:write`;
  const security = (scope: string): Json => [{ basicAuth: [] }, { oauth2: [scope] }];
  const json = (schemaName: string, example: Json): JsonObject => ({
    "application/json": { schema: ref("schemas", schemaName), example },
  });
  const one = json(`${pascal}Response`, { requestId: REQUEST_ID_EXAMPLE, [singular]: recordExample });
  const idParameter: JsonObject = {
    name: "id",
    in: "path",
    required: true,
    description: `The ${singular}'s Gong id (up to 20 digits).`,
    schema: { type: "string", pattern: "^[0-9]{1,20}$" },
    example: ID_EXAMPLE,
  };
  const body: JsonObject = { required: true, content: json(`${pascal}Input`, inputExample) };
  const operation = (verb: string, summary: string, scope: string, extra: JsonObject): JsonObject => ({
    operationId: `${verb}${pascal}`,
    summary,
    description: `${summary}.\n\nRequired authorization scope: '${scope}'.`,
    tags: [names.tag],
    "x-gongkit-method": `${namespace}.${verb}`,
    security: security(scope),
    ...extra,
  });
  const withErrors = (ok: JsonObject, notFound: boolean): JsonObject => ({
    ...ok,
    ...errorResponses,
    ...(notFound ? { "404": ref("responses", "NotFound") } : {}),
  });

  const paths: JsonObject = {
    [`/v2/${namespace}`]: {
      get: operation("list", `List ${namespace}`, readScope, {
        "x-gongkit-pagination": { cursor: "query", items: namespace },
        parameters: [ref("parameters", "Cursor"), ref("parameters", "Limit")],
        responses: withErrors(
          {
            "200": {
              description: `A page of ${namespace}`,
              content: json(`${pascal}ListResponse`, {
                requestId: REQUEST_ID_EXAMPLE,
                records: { totalRecords: 1, currentPageSize: 1, currentPageNumber: 0 },
                [namespace]: [recordExample],
              }),
            },
          },
          false,
        ),
      }),
      post: operation("create", `Create a ${singular}`, writeScope, {
        "x-gongkit-idempotent": false,
        requestBody: body,
        responses: withErrors({ "201": { description: `The created ${singular}`, content: one } }, false),
      }),
    },
    [`/v2/${namespace}/{id}`]: {
      get: operation("get", `Retrieve a ${singular}`, readScope, {
        parameters: [idParameter],
        responses: withErrors({ "200": { description: `The ${singular}`, content: one } }, true),
      }),
      put: operation("update", `Update a ${singular}`, writeScope, {
        parameters: [idParameter],
        requestBody: body,
        responses: withErrors({ "200": { description: `The updated ${singular}`, content: one } }, true),
      }),
      delete: operation("delete", `Delete a ${singular}`, writeScope, {
        parameters: [idParameter],
        responses: withErrors(
          {
            "200": {
              description: `The ${singular} was deleted`,
              content: json("DeletedResponse", { requestId: REQUEST_ID_EXAMPLE }),
            },
          },
          true,
        ),
      }),
    },
  };

  return {
    schemas,
    paths,
    tag: {
      name: names.tag,
      description: `The company's ${namespace}: list, read, create, update and delete them.`,
    },
    scopes: {
      [readScope]: `Read the company's ${namespace}.`,
      [writeScope]: `Create, update and delete ${namespace}.`,
    },
  };
}
