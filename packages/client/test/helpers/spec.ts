// The bundled spec (@gongkit/spec/openapi.json), the one source of truth for what tests copy from it:
// the id's schema, the 200 example that test servers answer with.
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";

export const spec = JSON.parse(
  readFileSync(createRequire(import.meta.url).resolve("@gongkit/spec/openapi.json"), "utf8"),
);

const getUser = spec.paths["/v2/users/{id}"].get;

/** The schema of `GET /v2/users/{id}`'s `id` path parameter. */
export const USER_ID_SCHEMA: { type: string; pattern: string } = getUser.parameters.find(
  (p: { name: string }) => p.name === "id",
).schema;

/** The spec's example of a 200 body of `GET /v2/users/{id}`. */
export const USER_EXAMPLE: {
  requestId: string;
  user: { id: string; firstName: string; lastName: string; emailAddress: string } & Record<string, unknown>;
} = getUser.responses["200"].content["application/json"].example;
