// A contract test per operation: every operation of the bundled spec, called through its generated
// method (found by `x-gongkit-method`) with the spec's own example inputs, against Prism serving the
// same spec. Prism must find nothing wrong with the request, and the call must resolve to the spec's
// example of the success response as the client delivers it (64-bit integers as strings). Nothing
// here names an operation: a new one in spec/ is tested by being there.
import { type RunningPrism, startPrism } from "@gongkit/mock-server";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import type { GongClient } from "../src/index.ts";
import { testClient } from "./helpers/client.ts";
import { recordViolations, type ViolationRecorder } from "./helpers/prism-violations.ts";
import {
  clientMethod,
  exampleArguments,
  expectedResult,
  fillPath,
  hasExample,
  loadSpec,
  mediaExample,
  type SpecOperation,
  specOperations,
  toClientValue,
} from "./helpers/spec-operations.ts";

const doc = loadSpec();
const operations = specOperations(doc);

let prism: RunningPrism;
beforeAll(async () => {
  prism = await startPrism();
});
afterAll(async () => {
  await prism?.stop();
});

/** A client whose requests Prism judges, asking for the operation's success status. */
function recordedClient(op: SpecOperation): { gong: GongClient; recorder: ViolationRecorder } {
  const recorder = recordViolations();
  const headers = op.success ? { Prefer: `code=${op.success.status}` } : undefined;
  const gong = testClient(prism.url, { fetch: recorder.fetch, maxRetries: 0, ...(headers && { headers }) });
  return { gong, recorder };
}

interface Run {
  recorder: ViolationRecorder;
  outcome: { value: unknown } | { error: unknown };
}

/** Calls the operation's method with `args` (and no options) and waits for it to settle. */
async function run(op: SpecOperation, args: unknown[]): Promise<Run> {
  const { gong, recorder } = recordedClient(op);
  const method = clientMethod(gong, op.method);
  if (method === undefined) throw new Error(`${op.label}: no client method ${op.method}`);
  try {
    return { recorder, outcome: { value: await method(...args) } };
  } catch (error) {
    return { recorder, outcome: { error } };
  }
}

function describeError(error: unknown): string {
  const { name, message, status } = error as { name?: string; message?: string; status?: number };
  return `${name}${status === undefined ? "" : ` ${status}`}: ${message}`;
}

/** The contract: one request, to the operation's verb and path; no violation; the example as the result. */
function assertContract(op: SpecOperation, args: unknown[], { recorder, outcome }: Run): void {
  expect(recorder.violations, `${op.label}: Prism's request violations`).toEqual([]);
  expect("error" in outcome ? describeError(outcome.error) : "resolved", `${op.label}: the call`).toBe(
    "resolved",
  );
  const [request] = recorder.requests;
  expect(recorder.requests.length).toBe(1);
  expect(`${request?.method} ${request?.url.pathname}`).toBe(
    `${op.verb} ${fillPath(op.path, args.slice(0, op.pathParams.length))}`,
  );
  const expected = expectedResult(doc, op);
  expect(hasExample(expected), `${op.label}: the success response has an example`).toBe(true);
  expect("value" in outcome && outcome.value, `${op.label}: the result`).toStrictEqual(expected);
}

describe("every operation, called with the spec's examples, against Prism", () => {
  it("the spec has operations, each naming its client method", () => {
    expect(operations.length).toBeGreaterThan(0);
    expect(operations.filter((op) => op.method === undefined).map((op) => op.label)).toEqual([]);
  });

  for (const op of operations) {
    it(`${op.method} (${op.label}${op.success ? ` -> ${op.success.status}` : ""})`, async () => {
      const { args, missing } = exampleArguments(doc, op);
      expect(missing, `${op.label}: what the spec lacks to call it with examples`).toEqual([]);
      assertContract(op, args, await run(op, args));
    });
  }
});

describe("the check fails when a method sends what the spec forbids", () => {
  it("a required query parameter left out: Prism reports it, and the contract assertion fails", async () => {
    const op = operations.find((o) => o.queryParams.some((p) => p.required && p.name !== "cursor"));
    if (op === undefined) throw new Error("no operation with a required query parameter to break");
    const { args, query } = exampleArguments(doc, op);
    const dropped = op.queryParams.find((p) => p.required && p.name !== "cursor")!.name;
    const broken = { ...query };
    delete broken[dropped];
    const result = await run(op, [...args.slice(0, -1), broken]);
    expect(result.recorder.violations.join("\n").toLowerCase()).toContain(`'${dropped.toLowerCase()}'`);
    expect(() => assertContract(op, [...args.slice(0, -1), broken], result)).toThrow();
  });

  it("a request body of the wrong type: Prism reports it, and the contract assertion fails", async () => {
    const op = operations.find((o) => {
      const schema = o.body?.media?.schema;
      return (
        schema !== undefined &&
        hasExample(mediaExample(doc, o.body?.media)) &&
        !Array.isArray(mediaExample(doc, o.body?.media))
      );
    });
    if (op === undefined) throw new Error("no operation with an object request body to break");
    const { args } = exampleArguments(doc, op);
    const broken = [...args];
    broken[op.pathParams.length] = ["not", "the", "body"];
    const result = await run(op, broken);
    expect(result.recorder.violations.join("\n")).toMatch(/request\.body/);
    expect(() => assertContract(op, broken, result)).toThrow();
  });
});

describe("paged operations iterate with for await", () => {
  // The examples carry a cursor, and Prism answers every page with the same example: iterate into
  // the second page (its request carries the cursor, which Prism validates too), then stop.
  for (const where of ["query", "body"] as const) {
    it(`the first paged operation with its cursor in the ${where}`, async () => {
      const op = operations.find((o) => o.paging?.cursor === where);
      if (op === undefined) return expect.fail(`no paged operation has its cursor in the ${where}`);
      const paging = op.paging!;
      const page = expectedResult(doc, op) as Record<string, unknown> & { records?: { cursor?: string } };
      const pageItems = page[paging.items] as unknown[];
      expect(pageItems.length, `${op.label}: items in the example page`).toBeGreaterThan(0);
      const { gong, recorder } = recordedClient(op);
      const { args } = exampleArguments(doc, op);
      const iterable = clientMethod(gong, op.method)!(...args) as unknown as AsyncIterable<unknown>;
      const items: unknown[] = [];
      for await (const item of iterable) {
        items.push(item);
        if (items.length === pageItems.length * 2) break;
      }
      const cursor = page.records?.cursor;
      expect(items).toStrictEqual(cursor ? [...pageItems, ...pageItems] : pageItems);
      expect(recorder.violations).toEqual([]);
      expect(recorder.requests.length).toBe(cursor ? 2 : 1);
      if (cursor) {
        const second = recorder.requests[1]!;
        const sent =
          where === "query"
            ? second.url.searchParams.get("cursor")
            : (JSON.parse(second.body ?? "{}") as { cursor?: unknown }).cursor;
        expect(sent).toBe(cursor);
      }
    });
  }
});

// toClientValue is the oracle for the results above: make sure it converts what it must.
describe("the expected results", () => {
  it("turn 64-bit integers into strings where the schema says so, and nothing else", () => {
    const schema = {
      type: "object",
      properties: {
        id: { type: "integer", format: "int64" },
        count: { type: "integer", format: "int64", maximum: 9007199254740991 },
        ids: { type: "array", items: { type: "integer", format: "int64" } },
      },
    };
    expect(
      toClientValue(doc, schema, { id: 7782342274025937, count: 3, ids: [1, 2], other: 4 }),
    ).toStrictEqual({
      id: "7782342274025937",
      count: 3,
      ids: ["1", "2"],
      other: 4,
    });
  });
});
