import { expect, test } from "vitest";
import { compareDocuments, parentPath } from "../src/compare-documents.ts";
import { flattenDocument } from "../src/flatten-document.ts";
import { differenceLines, fixture, type Json } from "./fixture.ts";

const gong = (): Json => fixture("gong.json");
const spec = (): Json => fixture("spec.json");
const schemas = (doc: Json) => doc.components.schemas;

test("the fixtures differ only in OpenAPI syntax (3.0 nullable vs 3.1 type lists, $ref'd responses)", () => {
  expect(differenceLines(gong(), spec())).toEqual([]);
  const flat = flattenDocument(spec());
  expect(flat.get("GET /v2/users 200 body.users[].managerId")).toMatchObject({ type: "string | null" });
  expect(flat.get("GET /v2/users 401 body.errors[]")).toMatchObject({ kind: "property", type: "string" });
  expect(flat.get("POST /v2/calls/extensive 200 body.calls[].parties[].speakerId")).toMatchObject({
    kind: "property",
    type: "string",
  });
  expect(flat.get("GET /v2/users query.cursor")).toMatchObject({
    kind: "parameter",
    in: "query",
    required: false,
  });
  expect(flat.get("POST /v2/calls/extensive body")).toMatchObject({ kind: "request body", required: true });
});

test("an operation Gong has and spec/ lacks is one line, with the number of paths under it", () => {
  const changed = spec();
  delete changed.paths["/v2/users/{id}"];
  expect(differenceLines(gong(), changed)).toEqual([
    "GET /v2/users/{id} [only-in-gong] only in Gong: operation, and 13 paths under it",
  ]);
});

test("an operation spec/ has and Gong lacks", () => {
  const changed = gong();
  delete changed.paths["/v2/crm/entities"];
  expect(differenceLines(changed, spec())).toEqual([
    "GET /v2/crm/entities [only-in-spec] only in spec/: operation, and 7 paths under it",
  ]);
});

test("a parameter Gong added, and one it removed", () => {
  const changed = gong();
  const parameters = changed.paths["/v2/users"].get.parameters;
  parameters.push({ name: "workspaceId", in: "query", required: true, schema: { type: "string" } });
  parameters.splice(1, 1); // includeAvatars
  expect(differenceLines(changed, spec())).toEqual([
    "GET /v2/users query.includeAvatars [only-in-spec] only in spec/: query parameter (boolean)",
    "GET /v2/users query.workspaceId [only-in-gong] only in Gong: query parameter (string, required)",
  ]);
});

test("a nested property Gong added and one it dropped, found through $refs and arrays", () => {
  const changed = gong();
  schemas(changed).Party.properties.title = { type: "string" };
  delete schemas(changed).User.properties.settings;
  expect(differenceLines(changed, spec())).toEqual([
    "GET /v2/users 200 body.users[].settings [only-in-spec] only in spec/: property (object), and 1 path under it",
    "GET /v2/users/{id} 200 body.user.settings [only-in-spec] only in spec/: property (object), and 1 path under it",
    "POST /v2/calls/extensive 200 body.calls[].parties[].title [only-in-gong] only in Gong: property (string)",
  ]);
});

test("a type change and a format change", () => {
  const changed = gong();
  schemas(changed).Party.properties.speakerId = { type: "integer", format: "int64" };
  expect(differenceLines(changed, spec())).toEqual([
    "POST /v2/calls/extensive 200 body.calls[].parties[].speakerId [type] type integer in Gong, string in spec/",
    "POST /v2/calls/extensive 200 body.calls[].parties[].speakerId [format] format int64 in Gong, none in spec/",
  ]);
});

test("enum values added and removed", () => {
  const changed = gong();
  schemas(changed).Call.properties.direction.enum = ["Inbound", "Outbound", "Conference", "Voicemail"];
  expect(differenceLines(changed, spec())).toEqual([
    'POST /v2/calls/extensive 200 body.calls[].direction [enum] enum: only Gong has "Voicemail"; only spec/ has "Unknown"',
  ]);
});

test("required changes on a parameter, a property and a request body", () => {
  const changed = gong();
  changed.paths["/v2/users"].get.parameters[0].required = true;
  schemas(changed).CallsRequest.required = [];
  changed.paths["/v2/calls/extensive"].post.requestBody.required = false;
  expect(differenceLines(changed, spec())).toEqual([
    "GET /v2/users query.cursor [required] required in Gong, optional in spec/",
    "POST /v2/calls/extensive body [required] optional in Gong, required in spec/",
    "POST /v2/calls/extensive body.filter [required] optional in Gong, required in spec/",
  ]);
});

test("a query parameter spec/ sends in the body is one `in` difference, its children compared in place", () => {
  const changed = spec();
  const get = changed.paths["/v2/crm/entities"].get;
  get.parameters = get.parameters.filter((parameter: Json) => parameter.name !== "objectsCrmIds");
  get.requestBody = {
    required: true,
    content: {
      "application/json": {
        schema: {
          type: "object",
          required: ["objectsCrmIds"],
          properties: { objectsCrmIds: { type: "array", items: { type: "integer" } } },
        },
      },
    },
  };
  expect(differenceLines(gong(), changed)).toEqual([
    "GET /v2/crm/entities body [only-in-spec] only in spec/: request body (object, required, application/json)",
    "GET /v2/crm/entities query.objectsCrmIds [in] in query in Gong, body in spec/ (GET /v2/crm/entities body.objectsCrmIds)",
    "GET /v2/crm/entities query.objectsCrmIds[] [type] type string in Gong, integer in spec/",
  ]);
});

test("media types of a response", () => {
  const changed = gong();
  const content = changed.paths["/v2/crm/entities"].get.responses["200"].content;
  content["application/json"] = content["*/*"];
  delete content["*/*"];
  expect(differenceLines(gong(), changed)).toEqual([
    "GET /v2/crm/entities 200 [media-types] media types */* in Gong, application/json in spec/",
  ]);
});

test("$ref cycles end: each schema is expanded once per branch, and a changed cycle is still compared", () => {
  const cyclic = fixture("cyclic.json");
  const flat = flattenDocument(cyclic);
  const paths = [...flat.keys()];
  expect(paths).toContain("GET /v2/library/folders 200 body.folders[].parent");
  expect(paths).toContain("GET /v2/library/folders 200 body.folders[].owner.homeFolder");
  expect(paths).not.toContain("GET /v2/library/folders 200 body.folders[].parent.name");
  expect(paths.length).toBeLessThan(20);
  const changed = fixture("cyclic.json");
  changed.components.schemas.Owner.properties.id = { type: "integer" };
  expect(differenceLines(changed, cyclic)).toEqual([
    "GET /v2/library/folders 200 body.folders[].owner.id [type] type integer in Gong, string in spec/",
  ]);
});

test("matched paths are counted over Gong's parameters and properties", () => {
  const changed = gong();
  schemas(changed).Party.properties.title = { type: "string" };
  const { stats } = compareDocuments(flattenDocument(changed), flattenDocument(spec()));
  expect(stats.operations).toEqual({ both: 4, onlyInGong: 0, onlyInSpec: 0 });
  expect(stats.fields.gong).toBe(stats.fields.matched + 1);
  expect(stats.fields.onlyInSpec).toBe(0);
});

test("parent paths climb through arrays, maps, bodies and responses to the operation", () => {
  expect(parentPath("POST /v2/calls/extensive 200 body.calls[].parties[]")).toBe(
    "POST /v2/calls/extensive 200 body.calls[].parties",
  );
  expect(parentPath("POST /v2/calls/extensive 200 body.calls")).toBe("POST /v2/calls/extensive 200");
  expect(parentPath("POST /v2/crm/entity-schema body[]")).toBe("POST /v2/crm/entity-schema body");
  expect(parentPath("GET /v2/crm/entities 200 body.crmObjectsMap{}")).toBe(
    "GET /v2/crm/entities 200 body.crmObjectsMap",
  );
  expect(parentPath("GET /v2/users query.cursor")).toBe("GET /v2/users");
  expect(parentPath("GET /v2/users 200")).toBe("GET /v2/users");
  expect(parentPath("GET /v2/users")).toBeUndefined();
});

test("allOf members are merged, so a schema split into parts compares equal to the whole", () => {
  const changed = spec();
  const user = schemas(changed).User;
  schemas(changed).UserBase = { type: "object", required: ["id"], properties: { id: user.properties.id } };
  delete user.properties.id;
  user.required = [];
  schemas(changed).User = { allOf: [{ $ref: "#/components/schemas/UserBase" }, user] };
  expect(differenceLines(gong(), changed)).toEqual([]);
  delete schemas(changed).UserBase.required;
  expect(differenceLines(gong(), changed)).toEqual([
    "GET /v2/users 200 body.users[].id [required] required in Gong, optional in spec/",
    "GET /v2/users/{id} 200 body.user.id [required] required in Gong, optional in spec/",
  ]);
});
