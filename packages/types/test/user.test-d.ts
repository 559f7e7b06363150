import { describe, expectTypeOf, test } from "vitest";
import type {
  ConferencingProvider,
  ErrorResponse,
  operations,
  paths,
  Settings,
  SpokenLanguage,
  UserMetadata,
  UserResponse,
} from "../src/index.js";

describe("UserMetadata", () => {
  test("ids are strings: 20 digits do not fit a JS number", () => {
    expectTypeOf<UserMetadata["id"]>().toEqualTypeOf<string | undefined>();
    expectTypeOf<UserMetadata["managerId"]>().toEqualTypeOf<string | undefined>();
  });

  test("every field of the seed page (and the conferencing providers of July 2026), with its type", () => {
    expectTypeOf<UserMetadata>().toEqualTypeOf<{
      id?: string;
      emailAddress?: string;
      created?: string;
      active?: boolean;
      emailAliases?: string[];
      trustedEmailAddress?: string;
      firstName?: string;
      lastName?: string;
      title?: string;
      phoneNumber?: string;
      extension?: string;
      personalMeetingUrls?: string[];
      settings?: Settings;
      managerId?: string;
      meetingConsentPageUrl?: string;
      spokenLanguages?: SpokenLanguage[];
      conferencingProviders?: ConferencingProvider[];
    }>();
    expectTypeOf<Settings>().toEqualTypeOf<{
      webConferencesRecorded?: boolean;
      preventWebConferenceRecording?: boolean;
      telephonyCallsImported?: boolean;
      emailsImported?: boolean;
      preventEmailImport?: boolean;
      nonRecordedMeetingsImported?: boolean;
      gongConnectEnabled?: boolean;
    }>();
    expectTypeOf<SpokenLanguage>().toEqualTypeOf<{ language?: string; primary?: boolean }>();
  });

  test("a field the spec does not name is a type error", () => {
    const user: UserMetadata = { id: "234599484848423" };
    // @ts-expect-error `username` is not a documented field
    user.username;
    // @ts-expect-error `timezone` is not a documented setting
    user.settings?.timezone;
    // @ts-expect-error ids are strings, never numbers
    const numeric: UserMetadata = { id: 234599484848423 };
    expectTypeOf(numeric).toEqualTypeOf<UserMetadata>();
  });
});

describe("getUser", () => {
  type GetUser = operations["getUser"];

  test("the path parameter id is a required string", () => {
    expectTypeOf<GetUser["parameters"]["path"]>().toEqualTypeOf<{ id: string }>();
  });

  test("200 is the user body, errors are the error body", () => {
    type Responses = GetUser["responses"];
    expectTypeOf<Responses[200]["content"]["application/json"]>().toEqualTypeOf<UserResponse>();
    expectTypeOf<UserResponse>().toEqualTypeOf<{ requestId?: string; user?: UserMetadata }>();
    expectTypeOf<ErrorResponse>().toEqualTypeOf<{ requestId?: string; errors?: string[] }>();
    for (const status of [400, 401, 404, 429, 500] as const) {
      expectTypeOf<Responses[typeof status]["content"]["application/json"]>().toEqualTypeOf<ErrorResponse>();
    }
  });

  test("429 carries Retry-After in integer seconds", () => {
    expectTypeOf<GetUser["responses"][429]["headers"]["Retry-After"]>().toEqualTypeOf<number>();
  });

  test("the path is keyed as in the spec", () => {
    expectTypeOf<paths["/v2/users/{id}"]["get"]>().toEqualTypeOf<GetUser>();
    // @ts-expect-error no such path
    expectTypeOf<paths["/v2/user/{id}"]>();
  });
});
