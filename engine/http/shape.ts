import { SerializationError } from "./body.js";

/**
 * The JSON types of a request's members, as the Lambda API model declares them. A body is
 * checked against its operation's shape before any service code reads it, as AWS's rest-json
 * front end deserializes it into typed members first: a string where a map of tags belongs is
 * refused, never spread into the function's tags.
 */
export type Shape =
  | "string"
  | "integer"
  | "number"
  | "boolean"
  /** Base64 text in JSON (Code.ZipFile); decoding it is the service's check. */
  | "blob"
  | { map: Shape }
  | { list: Shape }
  | { struct: Record<string, Shape> };

function typeName(value: unknown): string {
  if (Array.isArray(value)) return "an array";
  if (value === null) return "null";
  if (typeof value === "object") return "an object";
  return `a ${typeof value}`;
}

function expected(shape: Shape): string {
  if (typeof shape === "string") return shape === "blob" ? "a base64 string" : `a ${shape}`;
  if ("map" in shape) return "an object (map)";
  if ("list" in shape) return "an array";
  return "an object";
}

const isObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === "object" && v !== null && !Array.isArray(v);

function fits(value: unknown, shape: Shape): boolean {
  switch (shape) {
    case "string":
    case "blob":
      return typeof value === "string";
    case "integer":
      return Number.isSafeInteger(value);
    case "number":
      return typeof value === "number" && Number.isFinite(value);
    case "boolean":
      return typeof value === "boolean";
    default:
      return "list" in shape ? Array.isArray(value) : isObject(value);
  }
}

/**
 * Checks `value` against `shape` and drops null members (JSON null is "not set" in rest-json),
 * so the services see only well-typed members or none. Unknown members pass untouched: the
 * services read only the members they know.
 */
export function conform<T extends Record<string, unknown>>(
  body: T,
  shape: Record<string, Shape>,
): T {
  check(body, { struct: shape }, "");
  return body;
}

function check(value: unknown, shape: Shape, path: string): void {
  if (!fits(value, shape)) {
    throw new SerializationError(
      `Unexpected value at '${path}': expected ${expected(shape)}, got ${typeName(value)}`,
    );
  }
  if (typeof shape === "string") return;
  if ("list" in shape) {
    (value as unknown[]).forEach((item, i) => check(item, shape.list, `${path}[${i}]`));
    return;
  }
  const obj = value as Record<string, unknown>;
  const members = "map" in shape ? undefined : shape.struct;
  for (const key of Object.keys(obj)) {
    // Own members only: a body's "toString" or "__proto__" is an unknown member, not a shape.
    if (members && !Object.hasOwn(members, key)) continue;
    const memberShape = members ? members[key]! : (shape as { map: Shape }).map;
    const at = path ? `${path}.${key}` : key;
    if (obj[key] === null && members) delete obj[key];
    else check(obj[key], memberShape, at);
  }
}
