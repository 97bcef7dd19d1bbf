import { ValidationError } from "../errors.js";
import { constraint } from "./arn.js";

/** MaxItems (1–10000 in the model), capped at the operation's own page size. */
export function pageSize(query: URLSearchParams, cap: number): number {
  const raw = query.get("MaxItems");
  if (raw === null) return cap;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < 1) {
    throw ValidationError.of([
      constraint(raw, "maxItems", "Member must have value greater than or equal to 1"),
    ]);
  }
  if (n > 10000) {
    throw ValidationError.of([
      constraint(raw, "maxItems", "Member must have value less than or equal to 10000"),
    ]);
  }
  return Math.min(n, cap);
}

/** Markers are opaque to clients: base64url JSON of the last item's sort key. */
export function encodeMarker(key: unknown): string {
  return Buffer.from(JSON.stringify(key)).toString("base64url");
}

export function decodeMarker<T>(marker: string | null, start: T): T {
  if (!marker) return start;
  try {
    return JSON.parse(Buffer.from(marker, "base64url").toString("utf8")) as T;
  } catch {
    return start;
  }
}
