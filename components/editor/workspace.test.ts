import { describe, expect, it } from "vitest";
import type { FunctionCode } from "@/lib/functions/types";
import { deployPayload, fromCode, isDirty, rebase, renamePath } from "./workspace";

const code = (revisionId: string, files: Record<string, string>): FunctionCode => ({
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

describe("workspace", () => {
  it("deploys text files by content and binaries by reference", () => {
    const ws = fromCode(code("r1", { "index.mjs": "a" }));
    expect(deployPayload(ws)).toEqual({
      files: [{ path: "index.mjs", content: "a" }],
      keep: ["lib/native.node"],
    });
  });

  it("rebase takes their untouched files and keeps my edited and new ones", () => {
    const base = code("r1", { "index.mjs": "a", "util.mjs": "u" });
    let ws = fromCode(base);
    ws = {
      ...ws,
      files: ws.files.map((f) => (f.path === "index.mjs" ? { ...f, content: "mine" } : f)),
    };
    ws = { ...ws, files: [...ws.files, { path: "new.mjs", kind: "text", size: 0, content: "n" }] };
    const theirs = code("r2", { "index.mjs": "theirs", "util.mjs": "u2" });
    const next = rebase(ws, theirs);
    expect(next.baseRevisionId).toBe("r2");
    const text = Object.fromEntries(next.files.map((f) => [f.path, f.content]));
    expect(text).toMatchObject({ "index.mjs": "mine", "util.mjs": "u2", "new.mjs": "n" });
    expect(isDirty(next, theirs)).toBe(true);
  });

  it("renaming a folder moves its files and marks them changed", () => {
    const base = code("r1", { "src/a.mjs": "a" });
    const ws = renamePath(fromCode(base), "src", "lib2");
    expect(ws.files.map((f) => f.path)).toContain("lib2/a.mjs");
    expect(isDirty(ws, base)).toBe(true);
  });
});
