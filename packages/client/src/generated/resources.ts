// Generated from spec/ by tools/client-codegen. Do not edit.
// Regenerate with `pnpm generate`.

import type { paths } from "@gongkit/types";
import { operation, type PathParamRule, type RequestOptions, type ResourceRuntime } from "../resource-runtime.js";

type UsersGet = paths["/v2/users/{id}"]["get"];

const usersGetId: PathParamRule = {
  name: "id",
  type: "string",
  pattern: /^[0-9]{1,20}$/u,
  requirement: "a string of 1 to 20 digits (pattern ^[0-9]{1,20}$)",
};

/** Gong's API as methods, grouped as each operation's `x-gongkit-method` names it. */
export interface GongResources {
  users: {
    /**
     * Retrieve user
     *
     * Retrieve a specific user.
     *
     * Required authorization scope: 'api:users:read'.
     *
     * `GET /v2/users/{id}` (operationId `getUser`)
     *
     * @param id Gong's unique numeric identifier for the user (up to 20 digits).
     * @param options `signal`, `timeoutMs` and `maxRetries` for this call.
     * @returns The 200 response body.
     */
    get(id: UsersGet["parameters"]["path"]["id"], options?: RequestOptions): Promise<UsersGet["responses"][200]["content"]["application/json"]>;
  };
}

/**
 * Binds every generated method to the client's runtime. The interface above types each method; this
 * table, made from the same operations, says how to send it. It is not checked against the interface
 * (hence the cast): tsc's work then grows with the interface alone, not with one body per method.
 */
export function createResources(rt: ResourceRuntime): GongResources {
  const resources = {
    users: {
      get: operation(rt, "GET", "/v2/users/{id}", [usersGetId], "none", "none"),
    },
  };
  return resources as unknown as GongResources;
}
