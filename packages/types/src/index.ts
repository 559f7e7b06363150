import type { components, operations } from "./generated/openapi.js";

export type { $defs, components, operations, paths, webhooks } from "./generated/openapi.js";
export { specSha256 } from "./generated/spec-hash.js";

type Schemas = components["schemas"];

/** A Gong user, as returned by "Retrieve user". */
export type UserMetadata = Schemas["UserMetadata"];
/** The user's settings in the Gong system. */
export type Settings = Schemas["Settings"];
/** A language spoken during calls by the Gong user. */
export type SpokenLanguage = Schemas["SpokenLanguage"];
/** The body of a successful "Retrieve user" (`GET /v2/users/{id}`) response. */
export type UserResponse = Schemas["UserResponse"];
/** The body of every Gong error response. */
export type ErrorResponse = Schemas["ErrorResponse"];
/** The operations of the spec, by operationId. */
export type OperationId = keyof operations;
