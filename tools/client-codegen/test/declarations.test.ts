// The spec's declarations the generator turns into behaviour: pagination, POST idempotency, 64-bit ids,
// and the odd success responses of the real API (no body, `*/*`, two 2xx statuses).
import { readFile } from "node:fs/promises";
import { describe, expect, it } from "vitest";
import { generateResources } from "../src/generate-resources.ts";
import { int64Properties, isLossyInteger } from "../src/int64-properties.ts";
import type { OpenApiDocument, Schema } from "../src/spec.ts";
import { fixtureSpecUrl } from "./fixtures/outputs.ts";

const fixture = JSON.parse(await readFile(fixtureSpecUrl, "utf8")) as OpenApiDocument;
const generate = (doc: OpenApiDocument) =>
  generateResources(doc, { typesModule: "./t.js", runtimeModule: "./r.js", source: "fixture" });
type Paths = Record<string, Record<string, Record<string, unknown>>>;
const edited = (edit: (paths: Paths) => void) => {
  const doc = structuredClone(fixture);
  edit(doc.paths as Paths);
  return doc;
};

describe("pagination", () => {
  it("a paged method returns a PagePromise of the 200 body and its items, and carries how it pages", () => {
    const source = generate(fixture);
    expect(source).toContain(
      'PagePromise<UsersList["responses"][200]["content"]["application/json"], ItemsOf<UsersList["responses"][200]["content"]["application/json"], "users">>',
    );
    expect(source).toContain('{ page: { cursor: "query", items: "users" } }');
  });

  it.each([
    [
      "a cursor place that is neither query nor body",
      { cursor: "header", items: "users" },
      /must be \{ cursor/,
    ],
    [
      "items that are not an array of the body",
      { cursor: "query", items: "records" },
      /not an array of the 200 body/,
    ],
    ["a body cursor on an operation without a body", { cursor: "body", items: "users" }, /has no cursor/],
  ])("fails on %s", (_name, declared, message) => {
    const doc = edited((paths) => {
      paths["/v2/users"]!.get!["x-gongkit-pagination"] = declared;
    });
    expect(() => generate(doc)).toThrow(message);
  });
});

describe("idempotency", () => {
  it("POSTs carry their declaration to the method and to gong.POST's table", () => {
    const source = generate(fixture);
    expect(source).toContain(
      'create: operation(rt, "POST", "/v2/calls", [], "required", "none", { idempotent: false',
    );
    expect(source).toMatch(/"POST \/v2\/users\/extensive": \{ idempotent: true \}/);
    expect(source).toMatch(/"POST \/v2\/calls": \{ idempotent: false, int64: \["scorecardId"\] \}/);
  });

  it("only a POST may declare it, and only as a boolean", () => {
    const onGet = edited((paths) => {
      paths["/v2/users"]!.get!["x-gongkit-idempotent"] = true;
    });
    expect(() => generate(onGet)).toThrow(/only POSTs declare it/);
    const notBoolean = edited((paths) => {
      paths["/v2/calls"]!.post!["x-gongkit-idempotent"] = "yes";
    });
    expect(() => generate(notBoolean)).toThrow(/is a boolean/);
  });
});

describe("64-bit integers", () => {
  it("an int64 is lossy unless its maximum fits a JS number", () => {
    expect(isLossyInteger({ type: "integer", format: "int64" })).toBe(true);
    expect(isLossyInteger({ type: ["integer", "null"], format: "int64" })).toBe(true);
    expect(isLossyInteger({ type: "integer", format: "int64", maximum: 9007199254740991 })).toBe(false);
    expect(isLossyInteger({ type: "integer", format: "int32" })).toBe(false);
  });

  it("collects lossy properties by name, through refs and arrays, and refuses a name used for both", () => {
    const doc = { components: { schemas: { Id: { type: "integer", format: "int64" } } } } as OpenApiDocument;
    const schema: Schema = {
      type: "object",
      properties: {
        a: { $ref: "#/components/schemas/Id" },
        list: {
          type: "array",
          items: {
            type: "object",
            properties: { b: { type: "array", items: { $ref: "#/components/schemas/Id" } } },
          },
        },
        n: { type: "integer" },
      },
    };
    expect(int64Properties(doc, schema, "X")).toEqual(["a", "b"]);
    const clash: Schema = {
      type: "object",
      properties: {
        a: { $ref: "#/components/schemas/Id" },
        o: { type: "object", properties: { a: { type: "number" } } },
      },
    };
    expect(() => int64Properties(doc, clash, "X")).toThrow(
      'X: "a" is a 64-bit integer in one place and another number elsewhere',
    );
  });

  it("a 64-bit path parameter is checked as a string of digits", () => {
    const doc = edited((paths) => {
      (paths["/v2/meetings/{meetingId}"]!.put!.parameters as { schema: object }[])[0]!.schema = {
        type: "integer",
        format: "int64",
      };
    });
    expect(generate(doc)).toContain(`type: "string",
  pattern: /^-?[0-9]{1,19}$/u,
  requirement: "a 64-bit integer as a string of up to 19 digits (pattern ^-?[0-9]{1,19}$)",`);
  });
});

describe("success responses", () => {
  it("no body: Promise<void> and result none; */*: that media type and result any; 200 and 201: both", () => {
    const doc = edited((paths) => {
      const op = paths["/v2/calls"]!.post!;
      const ok = (op.responses as Record<string, object>)["200"];
      op.responses = { "200": ok, "201": { description: "Created" }, "400": { description: "Bad" } };
      const put = paths["/v2/meetings/{meetingId}"]!.put!;
      put.responses = { "200": { description: "OK", content: { "*/*": { schema: { type: "object" } } } } };
      paths["/v2/users/extensive"]!.post!.responses = { "204": { description: "Nothing" } };
    });
    const source = generate(doc);
    expect(source).toContain('Promise<CallsCreate["responses"][200]["content"]["application/json"]>');
    expect(source).toContain('Promise<MeetingsUpdate["responses"][200]["content"]["*/*"]>');
    expect(source).toMatch(
      /meetings\/\{meetingId\}", \[meetingsUpdateMeetingId\], "required", "required", \{ result: "any" \}/,
    );
    expect(source).toMatch(/extensive\(body\?: [^)]*\): Promise<void>/);
    expect(source).toContain('{ idempotent: true, result: "none" }');
    expect(source).toContain("@returns Nothing: the 204 response has no body.");
    expect(source).toContain("@returns The 200 or 201 response body.");
  });
});

describe("deprecation", () => {
  it("a deprecated operation's method is @deprecated, with the description's reason when it gives one", () => {
    const withReason = edited((paths) => {
      const get = paths["/v2/users/{id}"]!.get!;
      get.deprecated = true;
      get.description = "**Deprecated:** Gong no longer lists it. Retrieve a user.";
    });
    expect(generate(withReason)).toMatch(/\* @deprecated Gong no longer lists it\.\n/);
    const bare = edited((paths) => {
      paths["/v2/users/{id}"]!.get!.deprecated = true;
    });
    expect(generate(bare)).toContain("* @deprecated Gong marks this operation deprecated.");
    expect(generate(fixture)).not.toContain("@deprecated");
  });
});
