import { isUtf8 } from "node:buffer";
import { InvalidRequestContentError } from "../errors.js";

const EMPTY_EVENT = Buffer.from("{}");
const PREFIX = "Could not parse request body into json: Could not parse payload into json: ";
const SOURCE = "Source: REDACTED (`StreamReadFeature.INCLUDE_SOURCE_IN_LOCATION` disabled)";
const EXPECTED = "(JSON String, Number, Array, Object or token 'null', 'true' or 'false')";

/**
 * Checks an Invoke payload is JSON, as Lambda does before running anything, and returns the event
 * bytes (an empty body becomes `{}`, facts §1.4). Errors mimic the Jackson parser text AWS
 * returns in InvalidRequestContentException.
 */
export function checkPayload(body: Buffer): Buffer {
  if (body.length === 0) return EMPTY_EVENT;
  if (!isUtf8(body)) {
    const at = firstInvalidUtf8(body);
    const before = body.subarray(0, at).toString("utf8");
    // Where a value should start, Jackson reads the raw byte as a character (the facts record
    // byte 0x99 there as "CTRL-CHAR, code 153"); inside a string it decodes UTF-8 and names the
    // bad byte.
    if (before.trim() === "") throw unexpected(body[at]!, before);
    const byte = body[at]!.toString(16).padStart(2, "0");
    throw invalid(`Invalid UTF-8 start byte 0x${byte}`, before, 1);
  }
  const text = body.toString("utf8");
  try {
    JSON.parse(text);
    return body;
  } catch (err) {
    throw describe(text, err as Error);
  }
}

function invalid(detail: string, before: string, extraColumn = 0): InvalidRequestContentError {
  const lines = before.split("\n");
  const line = lines.length;
  const column = lines[lines.length - 1]!.length + 1 + extraColumn;
  return new InvalidRequestContentError(
    `${PREFIX}${detail}\n at [${SOURCE}; line: ${line}, column: ${column}]`,
  );
}

function describe(text: string, err: Error): InvalidRequestContentError {
  const pos = /position (\d+)/.exec(err.message)?.[1];
  let at = pos !== undefined ? Number(pos) : text.search(/\S/);
  if (at < 0 || at >= text.length) {
    return invalid("Unexpected end-of-input: expected close marker", text);
  }
  const word = /^[A-Za-z_][A-Za-z0-9_]*/.exec(text.slice(at))?.[0];
  if (word) {
    // Jackson reports the start of a bad bare word and the column after it.
    at = text.lastIndexOf(word, at);
    return invalid(
      `Unrecognized token '${word}': was expecting ${EXPECTED}`,
      text.slice(0, at + word.length),
    );
  }
  return unexpected(text.codePointAt(at)!, text.slice(0, at));
}

function unexpected(code: number, before: string): InvalidRequestContentError {
  const shown =
    code < 32 || (code >= 127 && code < 160)
      ? `(CTRL-CHAR, code ${code})`
      : `'${String.fromCodePoint(code)}' (code ${code})`;
  return invalid(`Unexpected character (${shown}): expected a valid value ${EXPECTED}`, before);
}

function firstInvalidUtf8(buf: Buffer): number {
  for (let i = 0; i < buf.length; i++) {
    const b = buf[i]!;
    if (b < 0x80) continue;
    const need = b >= 0xf0 && b <= 0xf4 ? 3 : b >= 0xe0 ? 2 : b >= 0xc2 && b < 0xe0 ? 1 : -1;
    if (need < 0) return i;
    for (let k = 1; k <= need; k++) {
      const c = buf[i + k];
      if (c === undefined || (c & 0xc0) !== 0x80) return i;
    }
    i += need;
  }
  return 0;
}
