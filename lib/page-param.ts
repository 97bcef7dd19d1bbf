/** `decodeURIComponent`, or undefined for text with a broken percent-encoded character. */
export function tryDecode(raw: string): string | undefined {
  try {
    return decodeURIComponent(raw);
  } catch {
    return undefined;
  }
}

/**
 * A page's dynamic segment, decoded. Next hands pages their segments still percent-encoded
 * (route handlers get them decoded: vercel/next.js#64952). A segment that does not decode (the
 * address `/functions/%25E0` arrives as `%E0`) is kept as it is: no function has that name, and
 * the backend's answer says so instead of the page failing.
 */
export function pageParam(raw: string): string {
  return tryDecode(raw) ?? raw;
}
