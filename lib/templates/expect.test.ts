import { describe, expect, it } from "vitest";

import { matchesExpectation, mismatch } from "./expect";

describe("matchesExpectation", () => {
  it.each([
    ["equal scalars", 3, 3, true],
    ["different scalars", 3, 4, false],
    ["object subset", { a: 1, b: 2 }, { a: 1 }, true],
    ["missing key", { a: 1 }, { b: undefined, a: 1 }, true],
    ["missing key with a value", { a: 1 }, { b: 2 }, false],
    ["nested subset", { a: { b: 1, c: 2 } }, { a: { b: 1 } }, true],
    ["array of same length with subsets", [{ a: 1, x: 0 }, { a: 2 }], [{ a: 1 }, { a: 2 }], true],
    ["array of another length", [1, 2, 3], [1, 2], false],
    ["empty array matches only empty", [1], [], false],
    [
      "JSON body parsed",
      { statusCode: 200, body: '{"message":"hi","n":1}' },
      { statusCode: 200, body: { message: "hi" } },
      true,
    ],
    [
      "JSON body differs",
      { statusCode: 200, body: '{"message":"bye"}' },
      { body: { message: "hi" } },
      false,
    ],
    ["string body compared as text", { body: '"Hello"' }, { body: '"Hello"' }, true],
    ["null is not an object", null, {}, false],
    ["null matches null", { old: null }, { old: null }, true],
  ])("%s", (_case, actual, expected, matches) => {
    expect(matchesExpectation(actual, expected)).toBe(matches);
  });

  it("names the first difference", () => {
    expect(mismatch({ statusCode: 401 }, { statusCode: 200 })).toBe(
      "$.statusCode: expected 200, got 401",
    );
    expect(mismatch({ a: [{ b: 1 }] }, { a: [{ b: 2 }] })).toBe("$.a[0].b: expected 2, got 1");
  });
});
