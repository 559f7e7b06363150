// Type tests: the client's types come from the spec (@gongkit/types), for both layers.
import type { ErrorResponse, paths, UserResponse } from "@gongkit/types";
import { assertType, describe, expectTypeOf, it } from "vitest";
import {
  createGongClient,
  type GongClient,
  type GongRateLimitError,
  type RequestOptions,
} from "../src/index.ts";

declare const gong: GongClient;

describe("gong.users.get", () => {
  it("resolves to the spec's 200 body", () => {
    expectTypeOf(gong.users.get("234599484848423")).resolves.toEqualTypeOf<UserResponse>();
    expectTypeOf(gong.users.get).returns.resolves.toEqualTypeOf<
      paths["/v2/users/{id}"]["get"]["responses"][200]["content"]["application/json"]
    >();
  });

  it("takes the id as the spec's string, and per-call options", () => {
    expectTypeOf(gong.users.get).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(gong.users.get).parameter(1).toEqualTypeOf<RequestOptions | undefined>();
    assertType(gong.users.get("1", { signal: AbortSignal.timeout(1_000), timeoutMs: 5_000, maxRetries: 0 }));
  });

  it("refuses a number id, a missing id and unknown options", () => {
    // @ts-expect-error the spec says the id is a string
    assertType(gong.users.get(234599484848423));
    // @ts-expect-error the id is required
    assertType(gong.users.get());
    // @ts-expect-error not an option
    assertType(gong.users.get("1", { retries: 3 }));
  });
});

describe("gong.GET (openapi-fetch)", () => {
  it("keeps openapi-fetch's path and parameter typing", async () => {
    const { data, error } = await gong.GET("/v2/users/{id}", { params: { path: { id: "1" } } });
    expectTypeOf(data).toEqualTypeOf<UserResponse | undefined>();
    expectTypeOf(error).toEqualTypeOf<ErrorResponse | undefined>();
  });

  it("refuses unknown paths, missing and mistyped path parameters", () => {
    // @ts-expect-error not a path in the spec
    assertType(gong.GET("/v2/nope"));
    // @ts-expect-error params.path.id is required
    assertType(gong.GET("/v2/users/{id}", { params: { path: {} } }));
    // @ts-expect-error the id is a string
    assertType(gong.GET("/v2/users/{id}", { params: { path: { id: 1 } } }));
    // @ts-expect-error GET only: the spec has no POST on this path
    assertType(gong.POST("/v2/users/{id}", { params: { path: { id: "1" } } }));
  });
});

describe("options and errors", () => {
  it("auth is one of the two shapes; bearerToken may be a function", () => {
    assertType(createGongClient({ auth: { accessKey: "k", accessKeySecret: "s" } }));
    assertType(createGongClient({ auth: { bearerToken: "t" }, baseUrl: "https://company-17.api.gong.io" }));
    assertType(createGongClient({ auth: { bearerToken: async () => "t" }, rateLimit: false }));
    // @ts-expect-error auth is required
    assertType(createGongClient({}));
    // @ts-expect-error a secret without its key
    assertType(createGongClient({ auth: { accessKeySecret: "s" } }));
  });

  it("GongRateLimitError carries retryAfterMs", () => {
    expectTypeOf<GongRateLimitError["retryAfterMs"]>().toEqualTypeOf<number | undefined>();
    expectTypeOf<GongRateLimitError["status"]>().toEqualTypeOf<number>();
    expectTypeOf<GongRateLimitError["errors"]>().toEqualTypeOf<string[]>();
  });
});
