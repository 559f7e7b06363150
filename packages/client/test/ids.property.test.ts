// Property tests: the client accepts exactly the ids the spec's pattern accepts, and a rejected id
// sends nothing. The oracle is the pattern in the bundled spec, not a copy of it.

import fc from "fast-check";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { GongInvalidArgumentError } from "../src/index.ts";
import { testClient } from "./helpers/client.ts";
import { json, type ScriptedServer, startServer, USER_BODY } from "./helpers/scripted-server.ts";
import { USER_ID_SCHEMA } from "./helpers/spec.ts";

const idSchema = USER_ID_SCHEMA;
const specPattern = new RegExp(idSchema.pattern, "u");
// The spec's pattern is digits with a length range, ^[0-9]{1,20}$: the bounds come from it, not a copy.
const lengths = /^\^\[0-9\]\{(\d+),(\d+)\}\$$/.exec(idSchema.pattern);
if (!lengths) throw new Error(`the id pattern is no longer ^[0-9]{min,max}$: ${idSchema.pattern}`);
const [MIN_DIGITS, MAX_DIGITS] = [Number(lengths[1]), Number(lengths[2])];
const REQUIREMENT = `id must be a string of ${MIN_DIGITS} to ${MAX_DIGITS} digits (pattern ${idSchema.pattern})`;

let server: ScriptedServer;
beforeAll(async () => {
  server = await startServer((_req, res) => json(res, 200, USER_BODY));
});
afterAll(() => server.close());

const digits = (min: number, max: number) =>
  fc.array(fc.constantFrom(..."0123456789"), { minLength: min, maxLength: max }).map((a) => a.join(""));

/** Ids a caller might pass: valid ones, near misses, path tricks, other scripts' digits, non-strings. */
const candidateIds = fc.oneof(
  digits(MIN_DIGITS, MAX_DIGITS),
  digits(0, MAX_DIGITS + 5),
  fc
    .tuple(
      digits(0, 5),
      fc.constantFrom("/", "?", "#", "..", "../", " ", "\n", "%2F", "a", "-", "+", "."),
      digits(0, 5),
    )
    .map(([a, b, c]) => a + b + c),
  fc.constantFrom("١٢٣", "１２３", "૧૨", "𝟙𝟚", "1\u200b2", "²"),
  fc.string(),
  fc.string({ unit: "grapheme", maxLength: 30 }),
  fc.string({ minLength: 1_000, maxLength: 5_000 }),
  fc.anything(),
  fc.integer(),
  fc.bigInt(),
);

describe("users.get id validation", () => {
  it("accepts exactly what the spec's pattern accepts; a rejected id sends nothing", async () => {
    const gong = testClient(server.url, { maxRetries: 0 });
    await fc.assert(
      fc.asyncProperty(candidateIds, async (id) => {
        const before = server.requests.length;
        const outcome = await gong.users.get(id as string).then(
          () => "sent",
          (error: unknown) => error,
        );
        const valid = typeof id === "string" && specPattern.test(id);
        if (valid) {
          expect(outcome).toBe("sent");
          expect(server.requests.at(-1)!.url).toBe(`/v2/users/${id}`);
          expect(server.requests.length).toBe(before + 1);
        } else {
          expect(outcome).toBeInstanceOf(GongInvalidArgumentError);
          const message = (outcome as Error).message;
          expect(message.startsWith(REQUIREMENT)).toBe(true);
          expect(message.length).toBeLessThan(REQUIREMENT.length + 120);
          expect(server.requests.length).toBe(before);
        }
      }),
      { numRuns: 600 },
    );
  });

  it("gong.GET is the raw openapi-fetch client: it does not validate, and encodes the path", async () => {
    const gong = testClient(server.url, { maxRetries: 0 });
    await gong.GET("/v2/users/{id}", { params: { path: { id: "1/../2?x#y" } } });
    expect(server.requests.at(-1)!.url).toBe("/v2/users/1%2F..%2F2%3Fx%23y");
  });

  it.each([
    ["", '""'],
    ["12a", '"12a"'],
    ["1".repeat(MAX_DIGITS + 1), `"${"1".repeat(MAX_DIGITS + 1)}"`],
    [123, "number 123"],
    [null, "null"],
    [{ id: "1" }, "a value of type object"],
    ["../1", '"../1"'],
    ["1/2", '"1/2"'],
    ["1?a=b", '"1?a=b"'],
    ["1#x", '"1#x"'],
    [" 1", '" 1"'],
    ["1 ", '"1 "'],
    ["\u0661\u0662", '"\u0661\u0662"'],
  ])(
    "the message says what an id must be and what was received, and nothing is sent: %j",
    async (id, received) => {
      const before = server.requests.length;
      await expect(testClient(server.url).users.get(id as string)).rejects.toThrow(
        `${REQUIREMENT}; received ${received}`,
      );
      expect(server.requests.length).toBe(before);
    },
  );
});
