// Components every synthetic resource shares, modelled on spec/components/ (Gong's own shapes).
import type { JsonObject } from "./json.ts";

export const REQUEST_ID_EXAMPLE = "4al018gzaztcr8nbukw";
export const ID_EXAMPLE = "234599484848423";

export const ref = (kind: string, name: string): JsonObject => ({ $ref: `#/components/${kind}/${name}` });

export const sharedSchemas: JsonObject = {
  Id: {
    type: "string",
    pattern: "^[0-9]{1,20}$",
    description: "Gong's unique numeric identifier (up to 20 digits).",
    example: ID_EXAMPLE,
  },
  RequestId: {
    type: "string",
    description:
      "A Gong request reference Id, generated for this request. Can be used for troubleshooting purposes.",
    example: REQUEST_ID_EXAMPLE,
  },
  ErrorResponse: {
    type: "object",
    description: "The body of every error response.",
    properties: {
      requestId: ref("schemas", "RequestId"),
      errors: { type: "array", description: "Error messages.", items: { type: "string" } },
    },
  },
  Records: {
    type: "object",
    description: "Paging information for a list response.",
    properties: {
      totalRecords: { type: "integer", description: "Number of records in the whole result." },
      currentPageSize: { type: "integer", description: "Number of records in this page." },
      currentPageNumber: { type: "integer", description: "Zero-based number of this page." },
      cursor: {
        type: "string",
        description: "Pass as `cursor` to get the next page; absent on the last page.",
      },
    },
  },
  UserReference: {
    type: "object",
    description: "A Gong user, by id and email address.",
    required: ["id"],
    properties: {
      id: ref("schemas", "Id"),
      emailAddress: { type: "string", format: "email", description: "The user's email address." },
    },
  },
  DeletedResponse: {
    type: "object",
    description: "The body of a successful delete.",
    properties: { requestId: ref("schemas", "RequestId") },
  },
};

const errorContent = {
  "application/json": {
    schema: ref("schemas", "ErrorResponse"),
    examples: { error: ref("examples", "ErrorExample") },
  },
};

export const sharedResponses: JsonObject = {
  MalformedRequest: { description: "Malformed request", content: errorContent },
  AccessDenied: {
    description: "Unauthorized: the credentials are missing or invalid",
    content: errorContent,
  },
  NotFound: { description: "No record with this id", content: errorContent },
  RateLimitExceeded: {
    description: "API request limit exceeded",
    headers: { "Retry-After": ref("headers", "Retry-After") },
    content: errorContent,
  },
  UnexpectedError: { description: "Unexpected error", content: errorContent },
};

export const sharedParameters: JsonObject = {
  Cursor: {
    name: "cursor",
    in: "query",
    description: "The `records.cursor` of the previous page, to get the next one.",
    schema: { type: "string" },
  },
  Limit: {
    name: "limit",
    in: "query",
    description: "The largest number of records in one page.",
    schema: { type: "integer", minimum: 1, maximum: 100, default: 100 },
  },
};

export const sharedHeaders: JsonObject = {
  "Retry-After": {
    description: "Number of seconds to wait before making a new request.",
    required: true,
    schema: { type: "integer", minimum: 0 },
  },
};

export const sharedExamples: JsonObject = {
  ErrorExample: {
    summary: "An error",
    value: { requestId: REQUEST_ID_EXAMPLE, errors: ["An error has occurred"] },
  },
};

/** The error responses every operation declares. */
export const errorResponses: JsonObject = {
  "400": ref("responses", "MalformedRequest"),
  "401": ref("responses", "AccessDenied"),
  "429": ref("responses", "RateLimitExceeded"),
  "500": ref("responses", "UnexpectedError"),
};
