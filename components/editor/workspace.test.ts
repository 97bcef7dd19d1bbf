import { describe, expect, it } from "vitest";
import { functionCode } from "./testing/function-code";
import { deployPayload, fromCode, isDirty, renamePath } from "./workspace";

const code = functionCode;

describe("workspace", () => {
  it("deploys text files by content and binaries by reference", () => {
    const ws = fromCode(code("r1", { "index.mjs": "a" }));
    expect(deployPayload(ws)).toEqual({
      files: [{ path: "index.mjs", content: "a" }],
      keep: ["lib/native.node"],
    });
  });

  it("renaming a folder moves its files and marks them changed", () => {
    const base = code("r1", { "src/a.mjs": "a" });
    const ws = renamePath(fromCode(base), "src", "lib2");
    expect(ws.files.map((f) => f.path)).toContain("lib2/a.mjs");
    expect(isDirty(ws, base)).toBe(true);
  });
});
