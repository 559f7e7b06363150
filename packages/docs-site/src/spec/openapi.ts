// The subset of the OpenAPI 3.1 document model (https://spec.openapis.org/oas/v3.1.0) that the site renders.

/** A Reference Object; in 3.1 its summary and description override the target's. */
export interface Reference {
  $ref: string;
  summary?: string;
  description?: string;
}

export type MaybeRef<T> = T | Reference;

export interface OpenApiDocument {
  openapi: string;
  info: Info;
  servers?: Server[];
  security?: SecurityRequirement[];
  tags?: Tag[];
  paths?: Record<string, PathItem>;
  /** OpenAPI 3.1: requests the API sends to a URL of yours, by name. */
  webhooks?: Record<string, PathItem>;
  components?: Components;
}

export interface Info {
  title: string;
  version: string;
  summary?: string;
  description?: string;
}

export interface Server {
  url: string;
  description?: string;
  variables?: Record<string, { default: string; description?: string; enum?: string[] }>;
}

export type SecurityRequirement = Record<string, string[]>;

export interface Tag {
  name: string;
  description?: string;
}

export const httpMethods = ["get", "put", "post", "delete", "options", "head", "patch", "trace"] as const;
export type HttpMethod = (typeof httpMethods)[number];

export type PathItem = Partial<Record<HttpMethod, OperationObject>> & {
  parameters?: MaybeRef<Parameter>[];
  servers?: Server[];
};

export interface OperationObject {
  operationId?: string;
  summary?: string;
  description?: string;
  tags?: string[];
  deprecated?: boolean;
  parameters?: MaybeRef<Parameter>[];
  requestBody?: MaybeRef<RequestBody>;
  responses?: Record<string, MaybeRef<Response>>;
  security?: SecurityRequirement[];
  servers?: Server[];
  "x-gongkit-method"?: string;
  /** Set on operations Gong pages by cursor: where the cursor goes and which 200-body array holds the items. */
  "x-gongkit-pagination"?: Pagination;
  "x-gongkit-upload"?: { part: string; maxBytes: number; uniqueKey?: string };
  /** Set on a job's status operation: the client method that polls it, and which parameter names the job. */
  "x-gongkit-wait"?: Wait;
}

export interface Wait {
  method: string;
  by: string;
  status: string;
  pending: string[];
  failed: string[];
}

export interface Pagination {
  cursor: "query" | "body";
  items: string;
}

export interface Parameter {
  name: string;
  in: "path" | "query" | "header" | "cookie";
  description?: string;
  required?: boolean;
  deprecated?: boolean;
  style?: string;
  explode?: boolean;
  schema?: MaybeRef<Schema>;
  example?: unknown;
  examples?: Record<string, MaybeRef<Example>>;
}

export interface RequestBody {
  description?: string;
  required?: boolean;
  content?: Record<string, MediaType>;
}

export interface Response {
  description: string;
  headers?: Record<string, MaybeRef<Header>>;
  content?: Record<string, MediaType>;
}

export interface Header {
  description?: string;
  required?: boolean;
  schema?: MaybeRef<Schema>;
  example?: unknown;
}

export interface MediaType {
  schema?: MaybeRef<Schema>;
  example?: unknown;
  examples?: Record<string, MaybeRef<Example>>;
}

export interface Example {
  summary?: string;
  description?: string;
  value?: unknown;
}

export interface Schema {
  type?: string | string[];
  format?: string;
  title?: string;
  description?: string;
  properties?: Record<string, MaybeRef<Schema>>;
  required?: string[];
  items?: MaybeRef<Schema>;
  additionalProperties?: boolean | MaybeRef<Schema>;
  allOf?: MaybeRef<Schema>[];
  oneOf?: MaybeRef<Schema>[];
  anyOf?: MaybeRef<Schema>[];
  enum?: unknown[];
  const?: unknown;
  pattern?: string;
  minimum?: number;
  maximum?: number;
  exclusiveMinimum?: number;
  exclusiveMaximum?: number;
  minLength?: number;
  maxLength?: number;
  minItems?: number;
  maxItems?: number;
  default?: unknown;
  example?: unknown;
  examples?: unknown[];
  deprecated?: boolean;
  readOnly?: boolean;
  writeOnly?: boolean;
}

export interface SecurityScheme {
  type: "http" | "apiKey" | "oauth2" | "openIdConnect" | "mutualTLS";
  description?: string;
  scheme?: string;
  bearerFormat?: string;
  name?: string;
  in?: string;
  openIdConnectUrl?: string;
  flows?: Record<string, OAuthFlow>;
}

export interface OAuthFlow {
  authorizationUrl?: string;
  tokenUrl?: string;
  refreshUrl?: string;
  scopes: Record<string, string>;
}

export interface Components {
  schemas?: Record<string, MaybeRef<Schema>>;
  responses?: Record<string, MaybeRef<Response>>;
  parameters?: Record<string, MaybeRef<Parameter>>;
  examples?: Record<string, MaybeRef<Example>>;
  headers?: Record<string, MaybeRef<Header>>;
  securitySchemes?: Record<string, MaybeRef<SecurityScheme>>;
  requestBodies?: Record<string, MaybeRef<RequestBody>>;
}
