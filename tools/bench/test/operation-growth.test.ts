// The pure parts of the per-operation bundle measurement: cutting the spec and fitting the growth.
import { describe, expect, it } from "vitest";
import { cutSpec, operationNames, slope } from "../src/size/operation-growth.ts";

const ok = { responses: { "200": { content: {} } } };
const doc = {
  openapi: "3.1.0",
  paths: {
    "/v2/users": {
      get: { ...ok, "x-gongkit-method": "users.list" },
      post: { ...ok, "x-gongkit-method": "users.create" },
    },
    "/v2/users/{id}": {
      parameters: [{ name: "id", in: "path" as const, required: true }],
      get: { ...ok, "x-gongkit-method": "users.get" },
    },
    "/v2/calls": { get: { ...ok, "x-gongkit-method": "calls.list" } },
  },
};

describe("cutSpec", () => {
  it("keeps only the operations asked for, with their path item's shared parameters", () => {
    const cut = cutSpec(doc, (method) => method === "users.get" || method === "users.create");
    expect(operationNames(cut)).toEqual(["users.create", "users.get"]);
    expect(Object.keys(cut.paths ?? {})).toEqual(["/v2/users", "/v2/users/{id}"]);
    expect(cut.paths?.["/v2/users/{id}"]?.parameters).toHaveLength(1);
    expect(cut.paths?.["/v2/users"]?.get).toBeUndefined();
  });

  it("leaves the input untouched", () => {
    cutSpec(doc, () => false);
    expect(operationNames(doc)).toEqual(["users.list", "users.create", "users.get", "calls.list"]);
  });
});

describe("slope", () => {
  it("is the growth per unit through points on a line", () => {
    expect(
      slope([
        { x: 1, y: 100 },
        { x: 11, y: 360 },
        { x: 21, y: 620 },
      ]),
    ).toBeCloseTo(26);
  });

  it("fits the best line through scattered points", () => {
    expect(
      slope([
        { x: 0, y: 0 },
        { x: 1, y: 2 },
        { x: 2, y: 2 },
      ]),
    ).toBeCloseTo(1);
  });

  it("is NaN without two distinct x", () => {
    expect(slope([{ x: 5, y: 1 }])).toBeNaN();
  });
});
