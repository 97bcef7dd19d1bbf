import { createHash } from "node:crypto";
import { strToU8, zipSync, type Zippable } from "fflate";

/** A deployment package built in memory, with the figures Lambda reports for it. */
export interface ZipPackage {
  bytes: Buffer;
  /** base64(SHA-256(zip)), the form Lambda uses for CodeSha256 (facts §1.3). */
  sha256: string;
}

export function zipPackage(files: Record<string, string | Uint8Array>): ZipPackage {
  const entries: Zippable = {};
  for (const [name, content] of Object.entries(files)) {
    entries[name] = typeof content === "string" ? strToU8(content) : content;
  }
  const bytes = Buffer.from(zipSync(entries, { level: 6 }));
  return { bytes, sha256: codeSha256(bytes) };
}

export function codeSha256(bytes: Uint8Array): string {
  return createHash("sha256").update(bytes).digest("base64");
}

/** Trivial handlers used by the smoke tests; both echo the event with the function's name. */
export const nodeEchoHandler = `export const handler = async (event, context) => ({
  runtime: "node",
  echo: event,
  functionName: context.functionName,
});
`;

export const pythonEchoHandler = `def handler(event, context):
    return {"runtime": "python", "echo": event, "functionName": context.function_name}
`;
