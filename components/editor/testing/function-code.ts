import type { FunctionCode } from "@/lib/functions/types";

/** A deployed package for the editor's tests: these text files plus one binary. */
export const functionCode = (revisionId: string, files: Record<string, string>): FunctionCode => ({
  revisionId,
  codeSha256: `sha-${revisionId}`,
  handler: "index.handler",
  runtime: "nodejs22.x",
  files: [
    ...Object.entries(files).map(([path, content]) => ({
      path,
      kind: "text" as const,
      size: content.length,
      content,
    })),
    { path: "lib/native.node", kind: "binary" as const, size: 10 },
  ],
});
