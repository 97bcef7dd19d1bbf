import { describe, expect, it } from "vitest";
import { functionCode } from "./testing/function-code";
import { rebase } from "./rebase";
import { fromCode, isDirty, type Workspace } from "./workspace";

const code = functionCode;

const edit = (ws: Workspace, path: string, content: string): Workspace => ({
  ...ws,
  files: ws.files.some((f) => f.path === path)
    ? ws.files.map((f) => (f.path === path ? { ...f, content } : f))
    : [...ws.files, { path, kind: "text", size: 0, content }],
});

const textOf = (ws: Workspace) => Object.fromEntries(ws.files.map((f) => [f.path, f.content]));

describe("rebase", () => {
  it("takes their untouched files and keeps my new ones", () => {
    let ws = fromCode(code("r1", { "index.mjs": "a\n", "util.mjs": "u" }));
    ws = edit(ws, "new.mjs", "n");
    const theirs = code("r2", { "index.mjs": "a\n", "util.mjs": "u2" });
    const { workspace, conflicts } = rebase(ws, theirs);
    expect(workspace.baseRevisionId).toBe("r2");
    expect(textOf(workspace)).toMatchObject({
      "index.mjs": "a\n",
      "util.mjs": "u2",
      "new.mjs": "n",
    });
    expect(conflicts).toEqual([]);
    expect(workspace.files.find((f) => f.path === "lib/native.node")?.kind).toBe("binary");
  });

  it("merges edits both sides made to different lines of one file, losing neither", () => {
    const base = "// top\nexport const handler = async () => {\n  return 1;\n};\n";
    const ws = edit(fromCode(code("r1", { "index.mjs": base })), "index.mjs", `${base}// mine\n`);
    const theirs = code("r2", { "index.mjs": `// theirs\n${base}` });
    const { workspace, conflicts } = rebase(ws, theirs);
    expect(textOf(workspace)["index.mjs"]).toBe(`// theirs\n${base}// mine\n`);
    expect(conflicts).toEqual([]);
    expect(isDirty(workspace, theirs)).toBe(true);
  });

  it("keeps both versions of lines both sides changed, between markers, and names the file", () => {
    const ws = edit(
      fromCode(code("r1", { "index.mjs": "a\nb\nc\n" })),
      "index.mjs",
      "a\nmine\nc\n",
    );
    const theirs = code("r2", { "index.mjs": "a\ntheirs\nc\n" });
    const { workspace, conflicts } = rebase(ws, theirs);
    expect(conflicts).toEqual(["index.mjs"]);
    expect(textOf(workspace)["index.mjs"]).toBe(
      "a\n<<<<<<< your draft\nmine\n=======\ntheirs\n>>>>>>> deployed\nc\n",
    );
  });

  it("treats a file both sides added as a conflict unless they wrote the same", () => {
    const ws = edit(fromCode(code("r1", { "index.mjs": "a" })), "extra.mjs", "mine");
    expect(rebase(ws, code("r2", { "index.mjs": "a", "extra.mjs": "theirs" })).conflicts).toEqual([
      "extra.mjs",
    ]);
    const same = rebase(ws, code("r2", { "index.mjs": "a", "extra.mjs": "mine" }));
    expect(same.conflicts).toEqual([]);
    expect(textOf(same.workspace)["extra.mjs"]).toBe("mine");
  });
});
