// Every rule a spec's path-parameter schema can give (the generator writes one PathParamRule per
// parameter): enum, integer, minimum/maximum, minLength/maxLength, pattern. Today's spec uses only a
// string pattern; the next operations will use the rest, so each rule is held here on its own.
import { describe, expect, it } from "vitest";
import { GongInvalidArgumentError } from "../src/index.ts";
import { checkPathParam, type PathParamRule } from "../src/path-params.ts";

/** The error message for `value`, or "accepted". */
function verdict(value: unknown, rule: PathParamRule): string {
  try {
    expect(checkPathParam(value, rule)).toBe(value);
    return "accepted";
  } catch (error) {
    expect(error).toBeInstanceOf(GongInvalidArgumentError);
    return (error as Error).message;
  }
}

const refused = (rule: PathParamRule, received: string) =>
  `${rule.name} must be ${rule.requirement}; received ${received}`;

describe("integer parameters", () => {
  const page: PathParamRule = {
    name: "page",
    type: "integer",
    minimum: 1,
    maximum: 10,
    requirement: "an integer from 1 to 10",
  };

  it.each([1, 5, 10])("%d is within minimum and maximum", (value) => {
    expect(verdict(value, page)).toBe("accepted");
  });

  it.each([
    [0, "number 0"],
    [11, "number 11"],
    [-1, "number -1"],
    [1.5, "number 1.5"],
    [Number.NaN, "number NaN"],
    [2 ** 53, "number 9007199254740992"],
    ["5", '"5"'],
    [5n, "bigint 5"],
  ])("%s is refused", (value, received) => {
    expect(verdict(value, page)).toBe(refused(page, received));
  });

  it("without bounds, any safe integer, negative too", () => {
    const any: PathParamRule = { name: "n", type: "integer", requirement: "an integer" };
    for (const value of [-(2 ** 53) + 1, 0, 2 ** 53 - 1]) expect(verdict(value, any)).toBe("accepted");
    expect(verdict(2 ** 53, any)).toBe(refused(any, "number 9007199254740992"));
  });

  it("only a minimum, or only a maximum", () => {
    const atLeast: PathParamRule = {
      name: "n",
      type: "integer",
      minimum: 3,
      requirement: "an integer of at least 3",
    };
    expect(verdict(3, atLeast)).toBe("accepted");
    expect(verdict(1_000_000, atLeast)).toBe("accepted");
    expect(verdict(2, atLeast)).toBe(refused(atLeast, "number 2"));
    const atMost: PathParamRule = {
      name: "n",
      type: "integer",
      maximum: 3,
      requirement: "an integer of at most 3",
    };
    expect(verdict(3, atMost)).toBe("accepted");
    expect(verdict(-1_000_000, atMost)).toBe("accepted");
    expect(verdict(4, atMost)).toBe(refused(atMost, "number 4"));
  });
});

describe("enum parameters", () => {
  const direction: PathParamRule = {
    name: "direction",
    type: "string",
    enum: ["Inbound", "Outbound"],
    requirement: "Inbound or Outbound",
  };

  it("a listed value is accepted, any other refused (case matters)", () => {
    expect(verdict("Inbound", direction)).toBe("accepted");
    expect(verdict("Outbound", direction)).toBe("accepted");
    expect(verdict("inbound", direction)).toBe(refused(direction, '"inbound"'));
    expect(verdict("Sideways", direction)).toBe(refused(direction, '"Sideways"'));
  });

  it("an integer enum: listed integers only", () => {
    const level: PathParamRule = {
      name: "level",
      type: "integer",
      enum: [1, 2, 3],
      requirement: "1, 2 or 3",
    };
    expect(verdict(2, level)).toBe("accepted");
    expect(verdict(4, level)).toBe(refused(level, "number 4"));
    expect(verdict("2", level)).toBe(refused(level, '"2"'));
  });

  it("the enum and the other rules must all hold", () => {
    const both: PathParamRule = {
      name: "code",
      type: "string",
      enum: ["ab", "abcd"],
      maxLength: 3,
      requirement: "ab",
    };
    expect(verdict("ab", both)).toBe("accepted");
    expect(verdict("abcd", both)).toBe(refused(both, '"abcd"'));
  });
});

describe("string parameters", () => {
  const code: PathParamRule = {
    name: "code",
    type: "string",
    minLength: 2,
    maxLength: 4,
    requirement: "2 to 4 characters",
  };

  it.each(["ab", "abc", "abcd"])("%j is within minLength and maxLength", (value) => {
    expect(verdict(value, code)).toBe("accepted");
  });

  it.each([
    ["a", '"a"'],
    ["abcde", '"abcde"'],
    ["", '""'],
    [12, "number 12"],
    [true, "boolean true"],
  ])("%j is refused", (value, received) => {
    expect(verdict(value, code)).toBe(refused(code, received));
  });

  it("the empty string is refused even when no rule says so: it would change which endpoint is called", () => {
    const free: PathParamRule = { name: "slug", type: "string", requirement: "a non-empty string" };
    expect(verdict("", free)).toBe(refused(free, '""'));
    expect(verdict("x", free)).toBe("accepted");
  });

  it("the pattern is tested after the lengths", () => {
    const digits: PathParamRule = {
      name: "id",
      type: "string",
      pattern: /^[0-9]+$/u,
      maxLength: 3,
      requirement: "up to 3 digits",
    };
    expect(verdict("123", digits)).toBe("accepted");
    expect(verdict("12a", digits)).toBe(refused(digits, '"12a"'));
    expect(verdict("1234", digits)).toBe(refused(digits, '"1234"'));
  });
});

describe("what the message shows of a refused value", () => {
  const rule: PathParamRule = {
    name: "id",
    type: "string",
    pattern: /^[0-9]{1,3}$/u,
    requirement: "1 to 3 digits",
  };

  it.each([
    ["a string of 40 characters whole", "a".repeat(40), JSON.stringify("a".repeat(40))],
    [
      "a longer string cut at 40, with its length",
      "b".repeat(41),
      `${JSON.stringify("b".repeat(40))}… (41 characters)`,
    ],
    ["a string escaped", 'a"\n', '"a\\"\\n"'],
    ["a long number cut at 40", 1e300, `number ${String(1e300).slice(0, 40)}`],
    ["a bigint", 12n, "bigint 12"],
    ["a long bigint cut at 40", 10n ** 50n, `bigint ${"1".padEnd(40, "0")}`],
    ["false", false, "boolean false"],
    ["undefined", undefined, "undefined"],
    ["null", null, "null"],
    ["an object, not echoed", { secret: "s" }, "a value of type object"],
    ["a function, not echoed", () => "s", "a value of type function"],
    ["a symbol", Symbol("s"), "a value of type symbol"],
  ])("%s", (_case, value, received) => {
    expect(verdict(value, rule)).toBe(refused(rule, received));
  });
});
