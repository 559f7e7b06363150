// Completeness: every operation of the bundled spec has its client method, declared with the right
// parameters (path parameters in path order, then `body`, `query`, `options`, each optional exactly
// when the spec makes it so) and bound at runtime to read its arguments in that order; a paged
// operation's method returns something both awaitable and iterable; nothing extra hides in the client.
import { readFileSync } from "node:fs";
import ts from "typescript";
import { describe, expect, it } from "vitest";
import { GongAbortError } from "../src/index.ts";
import { testClient } from "./helpers/client.ts";
import { json, startServer } from "./helpers/scripted-server.ts";
import {
  clientMethod,
  exampleArguments,
  expectedParameterNames,
  fillPath,
  hasExample,
  loadSpec,
  mediaExample,
  type SpecOperation,
  specOperations,
} from "./helpers/spec-operations.ts";

const doc = loadSpec();
const operations = specOperations(doc);
// Gong's published API has 67 operations (July 2026); the spec may grow, never lose one.
const GONG_OPERATIONS = 67;

interface DeclaredMethod {
  parameters: { name: string; optional: boolean }[];
  /** The return type's name: `Promise` or `PagePromise`. */
  returns: string;
}

/** The `GongResources` interface of the generated file, as `namespace.method` -> its signature. */
function declaredMethods(): Map<string, DeclaredMethod> {
  const file = new URL("../src/generated/resources.ts", import.meta.url);
  const source = ts.createSourceFile("resources.ts", readFileSync(file, "utf8"), ts.ScriptTarget.Latest);
  const methods = new Map<string, DeclaredMethod>();
  const visit = (members: ts.NodeArray<ts.TypeElement>, prefix: string): void => {
    for (const member of members) {
      const name = member.name && ts.isIdentifier(member.name) ? member.name.text : String(member.name);
      if (ts.isPropertySignature(member) && member.type && ts.isTypeLiteralNode(member.type)) {
        visit(member.type.members, `${prefix}${name}.`);
      } else if (ts.isMethodSignature(member)) {
        methods.set(`${prefix}${name}`, {
          parameters: member.parameters.map((p) => ({
            name: p.name.getText(source),
            optional: p.questionToken !== undefined,
          })),
          returns:
            member.type && ts.isTypeReferenceNode(member.type) ? member.type.typeName.getText(source) : "?",
        });
      }
    }
  };
  ts.forEachChild(source, (node) => {
    if (ts.isInterfaceDeclaration(node) && node.name.text === "GongResources") visit(node.members, "");
  });
  return methods;
}

/** Every function reachable as `gong.<namespace>.<method>` (the openapi-fetch verbs are not namespaces). */
function runtimeMethods(gong: object): string[] {
  const names: string[] = [];
  for (const [namespace, value] of Object.entries(gong)) {
    if (value === null || typeof value !== "object") continue;
    for (const [name, fn] of Object.entries(value))
      if (typeof fn === "function") names.push(`${namespace}.${name}`);
  }
  return names.sort();
}

const specMethods = operations
  .flatMap((op) => [op.method, op.waitMethod])
  .filter((name): name is string => name !== undefined);

describe("every operation of the bundled spec has a client method", () => {
  it(`the spec holds all of Gong's operations (${GONG_OPERATIONS}), each with a unique x-gongkit-method`, () => {
    expect(operations.length).toBeGreaterThanOrEqual(GONG_OPERATIONS);
    expect(operations.filter((op) => op.method === undefined).map((op) => op.label)).toEqual([]);
    expect(new Set(specMethods).size).toBe(specMethods.length);
  });

  it("the client has exactly those methods, at runtime and in the declared interface", () => {
    const gong = testClient("http://127.0.0.1:9");
    expect(runtimeMethods(gong)).toEqual([...specMethods].sort());
    expect([...declaredMethods().keys()].sort()).toEqual([...specMethods].sort());
  });

  it("every operation has the examples its contract test calls it with", () => {
    const lacking = operations.flatMap((op) => {
      const problems = exampleArguments(doc, op).missing;
      if (op.success?.media && !hasExample(mediaExample(doc, op.success.media))) {
        problems.push(`its ${op.success.status} response has no example`);
      }
      if (op.success === undefined) problems.push("it has no 2xx response");
      return problems.map((problem) => `${op.label}: ${problem}`);
    });
    expect(lacking).toEqual([]);
  });
});

describe("each method's declared signature", () => {
  const declared = declaredMethods();
  for (const op of operations) {
    it(`${op.method}(${expectedParameterNames(op).join(", ")}) for ${op.label}`, () => {
      const method = declared.get(op.method ?? "");
      expect(method, `${op.method} in GongResources`).toBeDefined();
      const queryOptional = !op.queryParams.some((p) => p.required);
      expect(method?.parameters).toEqual(
        op.upload
          ? [
              ...op.pathParams.map((p) => ({ name: p.name, optional: false })),
              ...(op.queryParams.length > 0 ? [{ name: "query", optional: false }] : []),
              { name: op.upload.records ? "records" : "media", optional: false },
              { name: "options", optional: true },
            ]
          : [
              ...op.pathParams.map((p) => ({ name: p.name, optional: false })),
              ...(op.body ? [{ name: "body", optional: !op.body.required }] : []),
              ...(op.queryParams.length > 0 ? [{ name: "query", optional: queryOptional }] : []),
              { name: "options", optional: true },
            ],
      );
      expect(method?.returns).toBe(op.paging ? "PagePromise" : "Promise");
    });
  }
});

describe("each method at runtime", () => {
  /**
   * Calls the method against a local server that records the request and answers 200 `{}`: the
   * arguments must arrive where the spec puts them, and `options` must be read from the last place.
   */
  async function callRecorded(op: SpecOperation, args: unknown[], options?: object) {
    const bodies: string[] = [];
    const server = await startServer(async (req, res) => {
      let body = "";
      for await (const chunk of req) body += chunk;
      bodies.push(body);
      json(res, op.success?.status ?? 200, {});
    });
    try {
      const gong = testClient(server.url, { maxRetries: 0 });
      const returned = clientMethod(gong, op.method)!(...args, ...(options ? [options] : []));
      const settled = await returned.then(
        () => undefined,
        (error: unknown) => error,
      );
      return { returned, settled, requests: server.requests, bodies };
    } finally {
      await server.close();
    }
  }

  for (const op of operations) {
    it(`${op.method} sends ${op.label} with its arguments in order${op.paging ? ", and is awaitable and iterable" : ""}`, async () => {
      const { args, query } = exampleArguments(doc, op);
      const { returned, settled, requests, bodies } = await callRecorded(op, args);
      expect(settled).toBeUndefined();
      expect(requests.length).toBe(1);
      const url = new URL(requests[0]!.url, "http://127.0.0.1");
      expect(`${requests[0]!.method} ${url.pathname}`).toBe(
        `${op.verb} ${fillPath(op.path, args.slice(0, op.pathParams.length))}`,
      );
      expect([...new Set(url.searchParams.keys())].sort()).toEqual(Object.keys(query ?? {}).sort());
      if (op.upload) {
        expect(requests[0]!.headers["content-type"]).toMatch(/^multipart\/form-data; boundary=/);
        expect(bodies[0]).toContain(`Content-Disposition: form-data; name="${op.upload.part}"`);
      } else if (op.body) expect(JSON.parse(bodies[0]!)).toStrictEqual(args[op.pathParams.length]);
      else expect(bodies[0]).toBe("");

      expect(returned).toBeInstanceOf(Promise);
      const iterable =
        typeof (returned as Partial<AsyncIterable<unknown>>)[Symbol.asyncIterator] === "function";
      expect(iterable, "returns an AsyncIterable").toBe(op.paging !== undefined);

      // An aborted signal in the options place stops the call before anything is sent.
      const aborted = await callRecorded(op, args, { signal: AbortSignal.abort() });
      expect(aborted.settled).toBeInstanceOf(GongAbortError);
      expect(aborted.requests.length).toBe(0);
    });
  }
});
