// Type tests for the whole-API shapes: paged methods (query and body cursor), 64-bit ids as strings,
// a DELETE with a body, and typed errors per status.
import type { AnsweredScorecard, Scorecard, UserMetadata, UsersMetadata } from "@gongkit/types";
import { assertType, describe, expectTypeOf, it } from "vitest";
import type {
  GongApiError,
  GongClient,
  GongConflictError,
  GongForbiddenError,
  PagePromise,
} from "../src/index.ts";

declare const gong: GongClient;

describe("paged methods", () => {
  it("users.list: a promise of the first page that iterates UserMetadata, and pages() of whole bodies", async () => {
    const call = gong.users.list({ includeAvatars: true });
    expectTypeOf(call).toEqualTypeOf<PagePromise<UsersMetadata, UserMetadata>>();
    expectTypeOf(call).resolves.toEqualTypeOf<UsersMetadata>();
    expectTypeOf(call).toMatchTypeOf<Promise<UsersMetadata>>();
    expectTypeOf(call).toMatchTypeOf<AsyncIterable<UserMetadata>>();
    for await (const user of call) expectTypeOf(user).toEqualTypeOf<UserMetadata>();
    for await (const page of call.pages())
      expectTypeOf(page.records?.totalRecords).toEqualTypeOf<number | undefined>();
  });

  it("users.listByFilter takes the body with its filter; the cursor is optional", () => {
    assertType(gong.users.listByFilter({ filter: { userIds: ["1"] } }));
    expectTypeOf(gong.users.listByFilter).returns.toMatchTypeOf<AsyncIterable<UserMetadata>>();
    // @ts-expect-error the body is required
    assertType(gong.users.listByFilter());
  });

  it("a paged POST of stats iterates answered scorecards, whose 64-bit ids are strings", async () => {
    for await (const card of gong.stats.listAnsweredScorecards({ filter: {} } as never)) {
      expectTypeOf(card).toEqualTypeOf<AnsweredScorecard>();
      expectTypeOf(card.scorecardId).toEqualTypeOf<string | undefined>();
    }
  });

  it("a method that does not page returns a plain promise", () => {
    expectTypeOf(gong.users.get("1")).not.toMatchTypeOf<AsyncIterable<unknown>>();
  });
});

describe("64-bit integers and odd shapes", () => {
  it("ids are strings, quantities numbers", () => {
    expectTypeOf<Scorecard["scorecardId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<Scorecard["workspaceId"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf(gong.meetings.delete).parameter(0).toEqualTypeOf<string>();
  });

  it("a DELETE with a body takes it after the path parameter", () => {
    assertType(gong.meetings.delete("7782342274025937", { organizerEmail: "a@b.c" }));
    // @ts-expect-error the body is required
    assertType(gong.meetings.delete("7782342274025937"));
  });

  it("403 and 409 are classes of their own under GongApiError", () => {
    expectTypeOf<GongForbiddenError>().toMatchTypeOf<GongApiError>();
    expectTypeOf<GongConflictError["status"]>().toEqualTypeOf<number>();
  });
});
