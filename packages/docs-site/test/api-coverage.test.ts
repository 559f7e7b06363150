// The whole API on the built site: every operation of the bundled spec (read without src/) has a page
// with a TypeScript and a curl sample that send what the operation takes; paged operations iterate
// with `for await` and link to the one explanation of paging; 64-bit integers show as strings.
import { readFileSync } from "node:fs";
import { beforeAll, describe, expect, it } from "vitest";
import { distDir } from "./support/build-site.ts";
import { decodeEntities, readPages, textById } from "./support/site-pages.ts";
import { operations } from "./support/spec-facts.ts";

const ops = operations();
const paged = ops.filter((op) => op.pagination !== undefined);
let pages = new Map<string, string>();

beforeAll(async () => {
  pages = await readPages(distDir);
});

const pageOf = (operationId: string) => pages.get(`reference/${operationId}.html`)!;
const sampleFile = (operationId: string) =>
  readFileSync(new URL(`../src/generated/samples/${operationId}.ts`, import.meta.url), "utf8");

/** The JSON of a curl sample's `--data '...'`, or undefined without one. */
function curlData(command: string): unknown {
  const m = /--data '([\s\S]*)'$/.exec(command.trim());
  return m === undefined || m === null ? undefined : JSON.parse(m[1]!.replaceAll("'\\''", "'"));
}

/** What the first request sends: the example without a paged operation's body cursor. */
function firstRequestBody(op: (typeof ops)[number]): unknown {
  const example = op.bodyExample;
  if (op.pagination?.cursor !== "body" || typeof example !== "object" || example === null) return example;
  const { cursor: _cursor, ...rest } = example as Record<string, unknown>;
  return rest;
}

describe("every operation of the bundled spec", () => {
  it("has a page with a TypeScript and a curl sample (completeness)", () => {
    expect(ops).toHaveLength(68);
    const references = [...pages.keys()].filter((p) => p.startsWith("reference/"));
    expect(references.sort()).toEqual(ops.map((op) => `reference/${op.operationId}.html`).sort());
    for (const op of ops) {
      const html = pageOf(op.operationId);
      const ts = textById(html, `${op.operationId}.samples.typescript`);
      expect(ts, op.operationId).toContain(`gong.${op.clientMethod}(`);
      expect(sampleFile(op.operationId).endsWith(ts!), op.operationId).toBe(true);
      const curl = textById(html, `${op.operationId}.samples.curl-1`);
      expect(curl, op.operationId).toMatch(/^curl /);
      const path = op.path.split(/\{[^}]+\}/).map((part) => part.replace(/[.*+?^$()|[\]\\]/g, "\\$&"));
      expect(curl, op.operationId).toMatch(new RegExp(`^curl [^"]*"[^"]*${path.join("[0-9a-f-]+")}[?"]`));
      if (op.method !== "get") expect(curl).toContain(`--request ${op.method.toUpperCase()}`);
    }
  });

  it("sends the request body in both samples: curl --data with the example, the TypeScript call with its fields", () => {
    const withBody = ops.filter((op) => op.bodyExample !== undefined);
    expect(withBody.map((op) => `${op.method} ${op.path}`)).toEqual(
      expect.arrayContaining([
        "put /v2/permission-profile",
        "delete /v2/calls/users-access",
        "delete /v2/meetings/{meetingId}",
        "post /v2/crm/entity-schema",
      ]),
    );
    for (const op of withBody) {
      const html = pageOf(op.operationId);
      for (const id of [`${op.operationId}.samples.curl-1`, `${op.operationId}.samples.curl-2`]) {
        const curl = textById(html, id);
        if (curl === undefined) continue;
        expect(curl, id).toContain('--header "Content-Type: application/json"');
        expect(curlData(curl), id).toEqual(firstRequestBody(op));
      }
      const body = firstRequestBody(op);
      const first = Array.isArray(body) ? body[0] : body;
      const sample = sampleFile(op.operationId);
      for (const key of Object.keys(first as object))
        expect(sample, `${op.operationId} ${key}`).toContain(`${key}:`);
    }
    // A top-level array body is passed as an array.
    expect(sampleFile("uploadCrmSchemaField")).toMatch(/gong\.crm\.uploadSchema\(\[\n/);
    for (const op of ops.filter((o) => o.bodyExample === undefined)) {
      expect(textById(pageOf(op.operationId), `${op.operationId}.samples.curl-1`)).not.toContain("--data");
    }
  });

  it("passes every required query parameter in both samples", () => {
    let checked = 0;
    for (const op of ops) {
      const html = pageOf(op.operationId);
      const sample = sampleFile(op.operationId);
      const curl = textById(html, `${op.operationId}.samples.curl-1`)!;
      for (const row of html.matchAll(/<tr id="([^"]+)\.query\.([^"]+)"[^>]*>\s*<th[^>]*>[\s\S]*?<\/th>/g)) {
        if (!row[0].includes("badge required")) continue;
        const name = decodeEntities(row[2]!);
        expect(sample, `${op.operationId} ${name}`).toMatch(new RegExp(`[{,] (?:${name}|"${name}"): `));
        expect(curl, `${op.operationId} ${name}`).toMatch(new RegExp(`[?&]${name}=`));
        checked += 1;
      }
    }
    expect(checked).toBeGreaterThan(20);
  });

  it("catches the typed error of each status it declares: 403 GongForbiddenError, 404, 409 GongConflictError, 429", () => {
    const classes = {
      "403": "GongForbiddenError",
      "404": "GongNotFoundError",
      "409": "GongConflictError",
      "429": "GongRateLimitError",
    };
    const only403 = ops.filter((op) => op.statuses.includes("403") && !op.statuses.includes("401"));
    expect(only403.length).toBeGreaterThan(0);
    for (const op of ops) {
      const sample = sampleFile(op.operationId);
      for (const [status, name] of Object.entries(classes)) {
        const handles = sample.includes(`error instanceof ${name}`);
        expect(handles, `${op.operationId} ${status}`).toBe(op.statuses.includes(status));
      }
    }
  });

  it("with 201 among its statuses destructures what every 2xx body has", () => {
    const deleteIntegration = ops.find((op) => op.operationId === "deleteGenericCrmIntegration")!;
    expect(deleteIntegration.okStatus).toBe("201");
    expect(sampleFile("deleteGenericCrmIntegration")).toContain(
      "const { requestId, clientRequestId } = await",
    );
    const upload = ops.find((op) => op.operationId === "uploadCrmSchemaField")!;
    expect(upload.statuses).toEqual(expect.arrayContaining(["200", "201"]));
    expect(sampleFile("uploadCrmSchemaField")).toContain(
      "const { requestId } = await gong.crm.uploadSchema(",
    );
  });
});

describe("paged operations", () => {
  it("are the 14 the spec marks, and their samples iterate with for await, leaving the cursor to the client", () => {
    expect(paged).toHaveLength(14);
    for (const op of paged) {
      const sample = sampleFile(op.operationId);
      expect(sample, op.operationId).toMatch(
        new RegExp(`for await \\(const \\w+ of gong\\.${op.clientMethod!.replace(".", "\\.")}\\(`),
      );
      expect(sample, op.operationId).not.toMatch(/cursor:|"cursor"/);
      expect(textById(pageOf(op.operationId), `${op.operationId}.samples.curl-1`)).not.toMatch(/cursor/i);
    }
    for (const op of ops.filter((o) => o.pagination === undefined))
      expect(sampleFile(op.operationId)).not.toContain("for await");
  });

  it("link to the one explanation of records and cursor, on the landing page", () => {
    const explained = [...pages].filter(([, html]) => html.includes(' id="paging"'));
    expect(explained.map(([file]) => file)).toEqual(["index.html"]);
    const index = pages.get("index.html")!;
    const section = index.slice(index.indexOf(' id="paging"'), index.indexOf(' id="64-bit-integers"'));
    for (const term of [
      "totalRecords",
      "currentPageSize",
      "currentPageNumber",
      "cursor",
      "for await",
      ".pages()",
      "100 records",
    ])
      expect(section).toContain(term);
    for (const op of paged)
      expect(section, op.operationId).toContain(`href="reference/${op.operationId}.html"`);
    for (const [file, html] of pages) {
      if (!file.startsWith("reference/")) continue;
      const operationId = file.slice("reference/".length, -".html".length);
      const note = textById(html, `${operationId}.paging`);
      const isPaged = paged.some((op) => op.operationId === operationId);
      expect(html.includes('href="../index.html#paging"'), file).toBe(isPaged);
      expect(note !== undefined, file).toBe(isPaged);
      // Near the top: in the page header, before the samples.
      if (isPaged)
        expect(html.indexOf(`id="${operationId}.paging"`)).toBeLessThan(
          html.indexOf("</header>\n", html.indexOf("<main")),
        );
    }
  });
});

describe("64-bit integers", () => {
  it("show as string (int64) with a link to the explanation, wherever the spec has them", () => {
    const anchors = ops.flatMap((op) => op.int64Anchors.map((anchor) => ({ op, anchor })));
    expect(anchors.map((a) => a.anchor)).toEqual(
      expect.arrayContaining([
        "updateMeeting.path.meetingId",
        "listCoachingMetrics.query.workspace-id",
        "listCrmSchemaFields.query.integrationId",
        "listAnsweredScorecards.200.answeredScorecards.scorecardId",
        "listScorecards.200.scorecards.questions.questionId",
      ]),
    );
    for (const { op, anchor } of anchors) {
      const row = textById(pageOf(op.operationId), anchor);
      expect(row, anchor).toContain("string (int64)");
      expect(row, anchor).toContain("a string in the client");
    }
    expect(pages.get("index.html")).toContain(' id="64-bit-integers"');
    // A quantity the spec bounds to 2^53 - 1 stays a number.
    expect(
      textById(
        pageOf("getCallTranscripts"),
        "getCallTranscripts.200.callTranscripts.transcript.sentences.start",
      ),
    ).toMatch(/integer \(int64\)/);
  });

  it("are passed as strings of digits in the samples' paths and queries", () => {
    const parameters = ops.flatMap((op) =>
      op.int64Anchors.filter((a) => /\.(path|query)\./.test(a)).map((anchor) => ({ op, anchor })),
    );
    expect(parameters.length).toBeGreaterThanOrEqual(9);
    for (const { op, anchor } of parameters) {
      const example = /Example: (-?\d+)/.exec(textById(pageOf(op.operationId), anchor)!)?.[1];
      expect(example, anchor).toBeDefined();
      const sample = sampleFile(op.operationId);
      expect(sample, anchor).toContain(`"${example}"`);
      expect(sample, anchor).not.toMatch(new RegExp(`[^"\\d]${example}[^"\\d]`));
    }
    expect(sampleFile("updateMeeting")).toContain('gong.meetings.update("7782342274025937", {');
  });
});
