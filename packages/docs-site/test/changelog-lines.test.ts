// From `redocly diff` reports (in the shapes Redocly 2 writes them, see the changelog README section) to
// changelog lines, and the lines' order and escaping.
import type { SpecChange } from "@gongkit/spec-changeset/diff-spec";
import { describe, expect, it } from "vitest";
import { apiChanges } from "../src/changelog/api-changes.ts";
import { changeSections, codeSpans, summaryOf } from "../src/changelog/change-lines.ts";
import type { ApiChange } from "../src/changelog/changelog.ts";
import type { OpenApiDocument } from "../src/spec/openapi.ts";

const ok = { description: "OK" };
const base: OpenApiDocument = {
  openapi: "3.1.0",
  info: { title: "Test", version: "1" },
  tags: [{ name: "Flows" }],
  paths: {
    "/v2/flows": { get: { operationId: "listFlows", summary: "List flows", responses: { 200: ok } } },
    "/v2/old": { delete: { operationId: "dropOld", summary: "Drop old", responses: { 200: ok } } },
  },
};
const revision: OpenApiDocument = {
  ...base,
  tags: [{ name: "Flows" }, { name: "Tasks" }],
  paths: {
    "/v2/flows": {
      get: {
        operationId: "listFlows",
        summary: "List flows",
        parameters: [{ name: "workspaceId", in: "query" }, { $ref: "#/components/parameters/FolderId" }],
        responses: { 200: ok },
      },
    },
    "/v2/tasks": {
      get: { operationId: "listTasks", summary: "List tasks", responses: { 200: ok } },
      post: { operationId: "addTask", responses: { 200: ok } },
    },
  },
  webhooks: {
    call: { post: { operationId: "callWebhook", summary: "A call matched", responses: { 200: ok } } },
  },
  components: { parameters: { FolderId: { name: "folderId", in: "query" } } },
};

const change = (path: string, kind: string, impact: SpecChange["impact"], more: Partial<SpecChange> = {}) =>
  ({ path, kind, impact, verdicts: [], ...more }) as SpecChange;
const lines = (...changes: SpecChange[]) => apiChanges(changes, { base, revision });
const flows = { method: "get", path: "/v2/flows" };

describe("changelog lines from redocly diff", () => {
  it("a path added or removed is a line per operation it holds", () => {
    expect(lines(change("#/paths/~1v2~1tasks", "added", "minor"))).toEqual([
      {
        kind: "added",
        breaking: false,
        operation: { method: "get", path: "/v2/tasks" },
        subject: "the operation “List tasks”",
      },
      {
        kind: "added",
        breaking: false,
        operation: { method: "post", path: "/v2/tasks" },
        subject: "the operation",
      },
    ]);
    expect(lines(change("#/paths/~1v2~1old", "removed", "major"))).toEqual([
      {
        kind: "removed",
        breaking: true,
        operation: { method: "delete", path: "/v2/old" },
        subject: "the operation “Drop old”",
      },
    ]);
  });

  it("names parameters (through $ref), fields, headers and bodies", () => {
    const body = "#/paths/~1v2~1flows/get/responses/200/content/application~1json/schema";
    expect(
      lines(
        change("#/paths/~1v2~1flows/get/parameters/1", "added", "minor"),
        change(`${body}/properties/flows/items/properties/folder/properties/id`, "added", "minor"),
        change("#/paths/~1v2~1flows/get/responses/429/headers/Retry-After", "removed", "major"),
        change(
          "#/paths/~1v2~1flows/get/requestBody/content/application~1json/schema/allOf/1/properties/x",
          "added",
          "minor",
        ),
        change("#/paths/~1v2~1flows/get/responses/404", "added", "minor"),
      ).map((l) => l.subject),
    ).toEqual([
      "query parameter `folderId`",
      "field `flows[].folder.id` in the 200 response",
      "header `Retry-After` in the 429 response",
      "field `x` in the request body",
      "the 404 response",
    ]);
  });

  it("says what a modification changed, with Redocly's verdict as the note", () => {
    const status =
      "#/paths/~1v2~1flows/get/responses/200/content/application~1json/schema/properties/flows/items/properties/status";
    const verdict = "Enum of `status` gained values: 'Finished'.";
    expect(
      lines(change(status, "modified", "major", { property: "enum", verdicts: [{ message: verdict }] })),
    ).toEqual([
      {
        kind: "changed",
        breaking: true,
        operation: flows,
        subject: "the `enum` of field `flows[].status` in the 200 response",
        note: verdict,
      },
    ]);
    const request = "#/paths/~1v2~1flows/get/requestBody/content/application~1json/schema";
    const required = change(request, "modified", "patch", {
      property: "required",
      base: { pointer: "#/components/schemas/R/required", value: ["id", "person"] },
      revision: { pointer: "#/components/schemas/R/required", value: ["id", "email"] },
    });
    const deprecated = change(`${request}/properties/person`, "modified", "patch", {
      property: "deprecated",
      revision: { pointer: "#/components/schemas/R/properties/person/deprecated", value: true },
    });
    expect(lines(required, deprecated).map((l) => l.subject)).toEqual([
      "field `email` in the request body: now required",
      "field `person` in the request body: no longer required",
      "field `person` in the request body: now deprecated",
    ]);
  });

  it("leaves out components a client meets through operations; keeps groups, security schemes, webhooks", () => {
    expect(
      lines(
        change("#/components/schemas/Task", "added", "patch"),
        change("#/components/securitySchemes/gongWebhookJwt", "added", "patch"),
        change("#/tags/1", "added", "minor"),
        change(
          "#/webhooks/call/post/requestBody/content/application~1json/schema/properties/isTest",
          "added",
          "minor",
        ),
        change("#/info", "modified", "patch", { property: "description" }),
      ),
    ).toEqual([
      { kind: "added", breaking: false, subject: "security scheme `gongWebhookJwt`" },
      { kind: "added", breaking: false, subject: "group `Tasks`" },
      {
        kind: "added",
        breaking: false,
        operation: { method: "post", path: "call", webhook: true },
        subject: "field `isTest` in the request body",
      },
      { kind: "changed", breaking: false, subject: "the `description` of `info`" },
    ]);
  });

  it("a spec's first webhooks are a line per webhook", () => {
    expect(lines(change("#/webhooks", "added", "minor"))).toEqual([
      {
        kind: "added",
        breaking: false,
        operation: { method: "post", path: "call", webhook: true },
        subject: "the operation “A call matched”",
      },
    ]);
  });

  it("lists a change Redocly reports twice once", () => {
    const twice = change("#/paths/~1v2~1flows/get/parameters/0", "added", "minor");
    expect(lines(twice, { ...twice })).toHaveLength(1);
  });
});

describe("the lines on the page", () => {
  const line = (kind: ApiChange["kind"], breaking: boolean, path: string, subject: string): ApiChange => ({
    kind,
    breaking,
    operation: { method: "get", path },
    subject,
  });

  it("come in Added, Changed, Removed, breaking ones first, then by path", () => {
    const sections = changeSections([
      line("removed", false, "/b", "field `x` in the 200 response"),
      line("added", false, "/b", "field `y` in the 200 response"),
      line("removed", true, "/c", "the operation"),
      line("added", false, "/a", "field `z` in the 200 response"),
    ]);
    expect(sections.map((s) => s.title)).toEqual(["Added", "Removed"]);
    expect(sections[0]!.changes.map((c) => c.operation!.path)).toEqual(["/a", "/b"]);
    expect(sections[1]!.changes.map((c) => c.operation!.path)).toEqual(["/c", "/b"]);
    expect(summaryOf({ level: "major", changes: sections.flatMap((s) => s.changes) })).toBe(
      "major · 1 breaking change · 4 changes",
    );
  });

  it("render code spans as <code> and escape everything else", () => {
    expect(codeSpans("field `a<b>` in <the> 200 response").value).toBe(
      "field <code>a&lt;b&gt;</code> in &lt;the&gt; 200 response",
    );
    expect(codeSpans("an unpaired ` backtick").value).toBe("an unpaired ` backtick");
  });
});
