// Uploads (`x-gongkit-upload` on a multipart/form-data body) and jobs that finish later (`x-gongkit-wait`):
// what the generator declares for them, and the declarations it refuses.
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generateResources } from "../src/generate-resources.ts";
import type { OpenApiDocument } from "../src/spec.ts";
import { fixtureSpecUrl } from "./fixtures/outputs.ts";

const fixture = JSON.parse(await readFile(fixtureSpecUrl, "utf8")) as OpenApiDocument;
const generate = (doc: OpenApiDocument) =>
  generateResources(doc, { typesModule: "./t.js", runtimeModule: "./r.js", source: "fixture" });
// biome-ignore lint/suspicious/noExplicitAny: the fixture is edited as plain JSON
type Json = any;

const ok = {
  "201": { description: "Created", content: { "application/json": { schema: { type: "object" } } } },
};
const idParam = {
  name: "id",
  in: "path",
  required: true,
  schema: { type: "string", pattern: "^[0-9]{1,20}$" },
};

/** The fixture with a media upload, a records upload and a job status operation added. */
function withUploads(edit: (doc: Json) => void = () => {}): OpenApiDocument {
  const doc: Json = structuredClone(fixture);
  doc.components.schemas.Line = { type: "object", properties: { objectId: { type: "string" } } };
  doc.paths["/v2/calls/{id}/media"] = {
    put: {
      operationId: "addMedia",
      "x-gongkit-method": "calls.addMedia",
      "x-gongkit-upload": { part: "mediaFile", maxBytes: 1000 },
      parameters: [idParam],
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: { mediaFile: { type: "string", contentMediaType: "application/octet-stream" } },
            },
          },
        },
      },
      responses: ok,
    },
  };
  doc.paths["/v2/crm/entities"] = {
    post: {
      operationId: "upload",
      "x-gongkit-method": "crm.uploadObjects",
      "x-gongkit-idempotent": false,
      "x-gongkit-upload": { part: "dataFile", maxBytes: 2000, uniqueKey: "objectId" },
      parameters: [
        { name: "objectType", in: "query", required: true, schema: { type: "string", enum: ["DEAL"] } },
        { name: "note", in: "query", schema: { type: "string" } },
      ],
      requestBody: {
        required: true,
        content: {
          "multipart/form-data": {
            schema: {
              type: "object",
              properties: {
                dataFile: {
                  type: "string",
                  contentMediaType: "application/x-ndjson",
                  contentSchema: { $ref: "#/components/schemas/Line" },
                },
              },
            },
          },
        },
      },
      responses: ok,
    },
  };
  doc.paths["/v2/jobs/{id}"] = {
    get: {
      operationId: "getJob",
      "x-gongkit-method": "jobs.get",
      "x-gongkit-wait": {
        method: "jobs.waitFor",
        by: "id",
        status: "status",
        pending: ["PENDING"],
        failed: ["FAILED"],
      },
      parameters: [idParam],
      responses: {
        "200": { description: "OK", content: { "application/json": { schema: { type: "object" } } } },
      },
    },
  };
  edit(doc);
  return doc as OpenApiDocument;
}

describe("uploads", () => {
  it("a file part takes UploadMedia after the path parameters; records take UploadRecords of the line's schema", () => {
    const source = generate(withUploads());
    expect(source).toContain(
      'addMedia(id: CallsAddMedia["parameters"]["path"]["id"], media: UploadMedia, options?: UploadOptions)',
    );
    expect(source).toContain(
      'uploadObjects(query: NonNullable<CrmUploadObjects["parameters"]["query"]>, records: UploadRecords<components["schemas"]["Line"]>, options?: UploadOptions)',
    );
    expect(source).toContain('import type { components, paths } from "./t.js";');
    expect(source).toContain(
      'upload(rt, "PUT", "/v2/calls/{id}/media", [callsAddMediaId], [], { part: "mediaFile", maxBytes: 1000 })',
    );
    expect(source).toContain(
      '{ part: "dataFile", maxBytes: 2000, records: "application/x-ndjson", uniqueKey: "objectId" }, { idempotent: false })',
    );
    // The query's rules are checked before sending; an optional one may be left out.
    expect(source).toMatch(/const crmUploadObjectsQueryNote: PathParamRule = \{[^}]*optional: true,\n\}/);
    expect(source).not.toMatch(/const crmUploadObjectsQueryObjectType: PathParamRule = \{[^}]*optional/);
  });

  it.each([
    [
      "a multipart body without x-gongkit-upload",
      (d: Json) => delete d.paths["/v2/calls/{id}/media"].put["x-gongkit-upload"],
      /needs x-gongkit-upload/,
    ],
    [
      "no maxBytes",
      (d: Json) => delete d.paths["/v2/calls/{id}/media"].put["x-gongkit-upload"].maxBytes,
      /must be \{ part, maxBytes/,
    ],
    [
      "a part the body lacks",
      (d: Json) => (d.paths["/v2/calls/{id}/media"].put["x-gongkit-upload"].part = "file"),
      /names part "file"/,
    ],
    [
      "records without a contentSchema $ref",
      (d: Json) =>
        delete d.paths["/v2/crm/entities"].post.requestBody.content["multipart/form-data"].schema.properties
          .dataFile.contentSchema,
      /needs contentSchema/,
    ],
    [
      "a uniqueKey on a file",
      (d: Json) => (d.paths["/v2/calls/{id}/media"].put["x-gongkit-upload"].uniqueKey = "x"),
      /uniqueKey is for records/,
    ],
  ])("refuses %s", (_what, edit, message) => {
    expect(() => generate(withUploads(edit))).toThrow(message);
  });
});

describe("jobs that finish later", () => {
  it("a waitFor method polls the status operation: the id first, WaitOptions, the status body", () => {
    const source = generate(withUploads());
    expect(source).toContain(
      'waitFor(id: JobsGet["parameters"]["path"]["id"], options?: WaitOptions): Promise<JobsGet["responses"][200]["content"]["application/json"]>;',
    );
    expect(source).toContain(
      'waitFor: waitFor(operation(rt, "GET", "/v2/jobs/{id}", [jobsGetId], "none", "none"), { by: { in: "path", name: "id" }, status: "status", pending: ["PENDING"], failed: ["FAILED"], operation: "GET /v2/jobs/{id}" })',
    );
  });

  it("by a query parameter: the other query parameters go in the options, required when one is", () => {
    const doc = withUploads((d) => {
      d.paths["/v2/jobs/{id}"].get.parameters = [
        { name: "requestId", in: "query", required: true, schema: { type: "string" } },
        { name: "integrationId", in: "query", required: true, schema: { type: "string" } },
      ];
      d.paths["/v2/jobs/{id}"].get["x-gongkit-wait"].by = "requestId";
      d.paths["/v2/jobs"] = d.paths["/v2/jobs/{id}"];
      delete d.paths["/v2/jobs/{id}"];
    });
    expect(generate(doc)).toContain(
      'waitFor(requestId: NonNullable<JobsGet["parameters"]["query"]>["requestId"], options: WaitOptions & Omit<NonNullable<JobsGet["parameters"]["query"]>, "requestId">)',
    );
  });

  it.each([
    [
      "no failed statuses",
      (d: Json) => delete d.paths["/v2/jobs/{id}"].get["x-gongkit-wait"].failed,
      /must be \{ method, by/,
    ],
    [
      "a parameter the operation lacks",
      (d: Json) => (d.paths["/v2/jobs/{id}"].get["x-gongkit-wait"].by = "jobId"),
      /names no path or query parameter "jobId"/,
    ],
    [
      "a method name that collides",
      (d: Json) => (d.paths["/v2/jobs/{id}"].get["x-gongkit-wait"].method = "jobs.get"),
      /used twice/,
    ],
  ])("refuses %s", (_what, edit, message) => {
    expect(() => generate(withUploads(edit))).toThrow(message);
  });
});
