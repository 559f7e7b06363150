// What the generated command table (src/generated/commands.ts) says of each command.

export type ValueType = "string" | "integer" | "number" | "boolean" | "int64";

/** A path parameter: a positional argument, in path order. */
export interface ArgumentSpec {
  name: string;
  type: ValueType;
  description: string;
}

/** A query parameter or a scalar body field (of the body or of its objects one level down). */
export interface FlagSpec {
  /** `from-date-time`, `filter.call-ids`. */
  flag: string;
  in: "query" | "body";
  /** Where the value goes: ["fromDateTime"], ["filter", "callIds"]. */
  path: string[];
  type: ValueType;
  array?: true;
  enum?: string[];
  required?: true;
  description: string;
}

export interface CommandSpec {
  /** Kebab case: `data-privacy`. */
  resource: string;
  /** Kebab case: `list-by-filter`. */
  name: string;
  /** The client method: `users.listByFilter`. */
  method: string;
  /** `POST /v2/users/extensive`. */
  operation: string;
  operationId: string;
  summary: string;
  description: string;
  deprecated?: true;
  positionals: ArgumentSpec[];
  flags: FlagSpec[];
  body: "none" | "optional" | "required";
  /** Whether the method takes a query object (cursor included), and whether it must. */
  query: "none" | "optional" | "required";
  upload?: { part: string; records: boolean };
  paging?: { items: string };
  wait?: true;
}
