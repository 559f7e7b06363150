import type { operations } from "./generated/openapi.js";

export type { $defs, components, operations, paths, webhooks } from "./generated/openapi.js";
export type * from "./generated/schemas.js";
export { specSha256 } from "./generated/spec-hash.js";

/** The operations of the spec, by operationId. */
export type OperationId = keyof operations;
