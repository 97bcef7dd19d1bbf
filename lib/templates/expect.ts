/**
 * Checks a sample event's documented `expect` against what the function returned.
 * Shared by the template integration test and the console's "run sample" checks.
 *
 * - objects: every key in `expected` must match; extra keys in `actual` are fine;
 * - arrays: same length, element by element;
 * - an HTTP response's `body` string is parsed as JSON when `expected.body` is an object/array;
 * - anything else: strict equality.
 */
export function matchesExpectation(actual: unknown, expected: unknown): boolean {
  return mismatch(actual, expected, "$") === undefined;
}

/** The path of the first difference and why, or undefined when `actual` matches. */
export function mismatch(actual: unknown, expected: unknown, at = "$"): string | undefined {
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual)) return `${at}: expected an array, got ${describe(actual)}`;
    if (actual.length !== expected.length)
      return `${at}: expected ${expected.length} items, got ${actual.length}`;
    for (const [index, item] of expected.entries()) {
      const found = mismatch(actual[index], item, `${at}[${index}]`);
      if (found) return found;
    }
    return undefined;
  }
  if (isObject(expected)) {
    if (!isObject(actual)) return `${at}: expected an object, got ${describe(actual)}`;
    for (const [key, value] of Object.entries(expected)) {
      const child =
        key === "body" && typeof actual[key] === "string" && isStructured(value)
          ? parseJson(actual[key])
          : actual[key];
      const found = mismatch(child, value, `${at}.${key}`);
      if (found) return found;
    }
    return undefined;
  }
  return Object.is(actual, expected)
    ? undefined
    : `${at}: expected ${describe(expected)}, got ${describe(actual)}`;
}

function isObject(value: unknown): value is Record<string, unknown> {
  return typeof value === "object" && value !== null && !Array.isArray(value);
}

function isStructured(value: unknown): boolean {
  return typeof value === "object" && value !== null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return text;
  }
}

function describe(value: unknown): string {
  const text = JSON.stringify(value);
  return text === undefined ? String(value) : text.length > 120 ? `${text.slice(0, 117)}...` : text;
}
