import { describe, expect, it } from "vitest";
import { zipSync } from "fflate";
import { buildPackage, classify, readPackage, textEntry } from "./package";

const binary = Uint8Array.from({ length: 4096 }, (_, i) => (i * 7919) % 256);

describe("package round trip", () => {
  it("keeps text and binary files byte-for-byte", () => {
    const entries = [
      textEntry("index.mjs", "export const handler = async () => 'héllo ✓';\n"),
      { path: "assets/logo.png", bytes: binary },
      { path: "node_modules/dep/index.js", bytes: new TextEncoder().encode("module.exports=1") },
    ];
    const back = readPackage(buildPackage(entries));
    expect(back.map((e) => e.path)).toEqual([
      "assets/logo.png",
      "index.mjs",
      "node_modules/dep/index.js",
    ]);
    for (const original of entries) {
      const found = back.find((e) => e.path === original.path);
      expect(Buffer.from(found!.bytes).equals(Buffer.from(original.bytes))).toBe(true);
    }
  });

  it("is deterministic, so unchanged code keeps its CodeSha256", () => {
    const a = buildPackage([textEntry("b.py", "x"), textEntry("a.py", "y")]);
    const b = buildPackage([textEntry("a.py", "y"), textEntry("b.py", "x")]);
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
  });

  it("keeps the executable bit of a bootstrap through a rebuild", () => {
    const first = readPackage(buildPackage([textEntry("bootstrap", "#!/bin/sh\n")]));
    expect(first[0]!.mode! & 0o111).not.toBe(0);
    const plain = readPackage(buildPackage([{ ...textEntry("run.txt", "x"), mode: 0o644 }]));
    expect(plain[0]!.mode! & 0o111).toBe(0);
    const again = readPackage(buildPackage(first));
    expect(again[0]!.mode).toBe(first[0]!.mode);
  });

  it("reads zips made by other tools (no Unix modes) and drops directory entries", () => {
    const zip = zipSync({ "src/": new Uint8Array(), "src/app.py": new TextEncoder().encode("1") });
    const back = readPackage(zip);
    expect(back.map((e) => [e.path, e.mode])).toEqual([["src/app.py", undefined]]);
  });
});

describe("classify", () => {
  it.each([
    ["index.js", new TextEncoder().encode("const a = 1;"), "text"],
    ["logo.png", binary, "binary"],
    ["latin1.txt", Uint8Array.from([0x63, 0x61, 0x66, 0xe9]), "binary"],
    ["big.json", new Uint8Array(1024 * 1024 + 1).fill(0x61), "large"],
    ["node_modules/x/index.js", new TextEncoder().encode("1"), "dependency"],
    ["pkg/__pycache__/m.pyc", binary, "dependency"],
  ] as const)("%s is %s", (path, bytes, kind) => {
    expect(classify(path, bytes)).toBe(kind);
  });
});
