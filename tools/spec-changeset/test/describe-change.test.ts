import { expect, test } from "vitest";
import { describeLocation, pointerSegments } from "../src/describe-change.ts";

test("pointer segments are unescaped", () => {
  expect(pointerSegments("#/paths/~1v2~1users~1{id}/get")).toEqual(["paths", "/v2/users/{id}", "get"]);
});

test("locations are named in words", () => {
  const base = "#/paths/~1v2~1users~1{id}/get";
  expect(describeLocation(`${base}/responses/200/content/application~1json/schema/properties/user`)).toBe(
    "`user` in the 200 response of `GET /v2/users/{id}`",
  );
  expect(describeLocation(`${base}/responses/429/headers/Retry-After`)).toBe(
    "header `Retry-After` of the 429 response of `GET /v2/users/{id}`",
  );
  expect(
    describeLocation(
      `${base}/responses/200/content/application~1json/schema/properties/user/properties/spokenLanguages/items/properties/primary`,
    ),
  ).toBe("`user.spokenLanguages[].primary` in the 200 response of `GET /v2/users/{id}`");
  expect(describeLocation("#/info/description")).toBe("`info.description`");
});
