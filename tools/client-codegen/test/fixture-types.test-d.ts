// The fixture's generated methods take and return the types openapi-typescript made of the fixture
// spec: nothing in them is written by hand.
import { assertType, describe, expectTypeOf, it } from "vitest";
import type { paths } from "./fixtures/generated/openapi.ts";
import type { GongResources } from "./fixtures/generated/resources.ts";

declare const resources: GongResources;

type ListUsers = paths["/v2/users"]["get"];
type SettingsHistory = paths["/v2/users/{id}/settings-history"]["get"];

describe("users.list (GET /v2/users, cursor query)", () => {
  it("takes the spec's query parameters and resolves to the spec's 200 body", () => {
    expectTypeOf(resources.users.list)
      .parameter(0)
      .toEqualTypeOf<NonNullable<ListUsers["parameters"]["query"]> | undefined>();
    expectTypeOf(resources.users.list)
      .parameter(0)
      .toEqualTypeOf<{ cursor?: string; includeAvatars?: boolean } | undefined>();
    expectTypeOf(resources.users.list).returns.resolves.toEqualTypeOf<
      ListUsers["responses"][200]["content"]["application/json"]
    >();
    expectTypeOf(resources.users.list())
      .resolves.toHaveProperty("records")
      .toHaveProperty("cursor")
      .toEqualTypeOf<string | undefined>();
  });

  it("refuses query parameters the spec does not have", () => {
    // @ts-expect-error no such query parameter
    assertType(resources.users.list({ page: 2 }));
    // @ts-expect-error cursor is a string
    assertType(resources.users.list({ cursor: 2 }));
  });
});

describe("users.settingsHistory (GET /v2/users/{id}/settings-history)", () => {
  it("takes the id as the spec's string and resolves to the spec's 200 body", () => {
    expectTypeOf(resources.users.settingsHistory).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(resources.users.settingsHistory).returns.resolves.toEqualTypeOf<
      SettingsHistory["responses"][200]["content"]["application/json"]
    >();
    expectTypeOf(resources.users.settingsHistory("1"))
      .resolves.toHaveProperty("userSettingsHistory")
      .toBeArray();
  });

  it("refuses a number id", () => {
    // @ts-expect-error the spec says the id is a string
    assertType(resources.users.settingsHistory(1));
  });
});
