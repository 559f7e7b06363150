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

type UpdateMeeting = paths["/v2/meetings/{meetingId}"]["put"];
type UsersByFilter = paths["/v2/users/extensive"]["post"];

describe("meetings.update (PUT /v2/meetings/{meetingId}, required body and query)", () => {
  it("takes the id, the spec's request body and query, and resolves to the spec's 200 body", () => {
    expectTypeOf(resources.meetings.update).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(resources.meetings.update)
      .parameter(1)
      .toEqualTypeOf<UpdateMeeting["requestBody"]["content"]["application/json"]>();
    expectTypeOf(resources.meetings.update).parameter(2).toEqualTypeOf<{ notify: boolean }>();
    expectTypeOf(resources.meetings.update).returns.resolves.toEqualTypeOf<
      UpdateMeeting["responses"][200]["content"]["application/json"]
    >();
  });

  it("refuses a missing body, a body without its required fields, and a missing query", () => {
    const body = { title: "t", startTime: "s", endTime: "e", invitees: [{ emailAddress: "a@b.c" }] };
    // @ts-expect-error the body is required
    assertType(resources.meetings.update("1"));
    const { invitees: _, ...withoutInvitees } = body;
    // @ts-expect-error invitees is required
    assertType(resources.meetings.update("1", withoutInvitees, { notify: true }));
    // @ts-expect-error the notify query parameter is required
    assertType(resources.meetings.update("1", body));
    assertType(resources.meetings.update("1", body, { notify: true }));
  });
});

describe("users.extensive (POST /v2/users/extensive, optional body)", () => {
  it("may be called without a body", () => {
    expectTypeOf(resources.users.extensive)
      .parameter(0)
      .toEqualTypeOf<NonNullable<UsersByFilter["requestBody"]>["content"]["application/json"] | undefined>();
    assertType(resources.users.extensive());
    // @ts-expect-error userIds is an array of strings
    assertType(resources.users.extensive({ filter: { userIds: [1] } }));
  });
});
