import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { strToU8, zipSync } from "fflate";
import { afterAll, describe, expect, it } from "vitest";
import { zip } from "../testing/test-engine.js";
import { BAD_ZIP_MESSAGE, safeUnzip } from "./safe-unzip.js";

const root = fs.mkdtempSync(path.join(os.tmpdir(), "safe-unzip-"));
afterAll(() => fs.rmSync(root, { recursive: true, force: true }));
let n = 0;
const dest = () => path.join(root, "sandbox", `out-${n++}`);

function link(name: string, target: string): Uint8Array {
  return zipSync({ [name]: [strToU8(target), { os: 3, attrs: (0o120777 << 16) >>> 0 }] });
}

describe("safeUnzip", () => {
  it("unpacks files and keeps executable bits", async () => {
    const out = dest();
    await safeUnzip(
      Buffer.from(
        zip({
          bootstrap: { content: "#!/bin/sh\n", mode: 0o755 },
          "lib/a.txt": "a",
          "inner/link": "x",
        }),
      ),
      out,
    );
    expect(fs.readFileSync(path.join(out, "lib/a.txt"), "utf8")).toBe("a");
    expect(fs.statSync(path.join(out, "bootstrap")).mode & 0o111).not.toBe(0);
    expect(fs.statSync(path.join(out, "lib/a.txt")).mode & 0o111).toBe(0);
  });

  it("keeps links that stay inside the package", async () => {
    const out = dest();
    const z = zipSync({
      "real.txt": [strToU8("real"), { os: 3, attrs: (0o100644 << 16) >>> 0 }],
      "alias.txt": [strToU8("real.txt"), { os: 3, attrs: (0o120777 << 16) >>> 0 }],
    });
    await safeUnzip(Buffer.from(z), out);
    expect(fs.readFileSync(path.join(out, "alias.txt"), "utf8")).toBe("real");
  });

  it.each([
    ["a `..` entry", zipSync({ "../evil.txt": strToU8("x") }), BAD_ZIP_MESSAGE],
    ["an absolute entry", zipSync({ "/tmp/evil.txt": strToU8("x") }), BAD_ZIP_MESSAGE],
    ["a link to an absolute path", link("passwd", "/etc/passwd"), BAD_ZIP_MESSAGE],
    ["a link climbing out", link("up", "../../outside"), BAD_ZIP_MESSAGE],
    ["garbage", strToU8("definitely not a zip"), BAD_ZIP_MESSAGE],
  ])("refuses %s", async (_label, bytes, message) => {
    const out = dest();
    await expect(safeUnzip(Buffer.from(bytes), out)).rejects.toMatchObject({
      code: "InvalidParameterValueException",
      message,
    });
    expect(fs.existsSync(path.join(root, "evil.txt"))).toBe(false);
    expect(fs.existsSync(path.join(root, "sandbox", "evil.txt"))).toBe(false);
  });

  it("refuses packages that unzip past the limit", async () => {
    const big = zipSync({ "zeros.bin": new Uint8Array(2048) });
    await expect(safeUnzip(Buffer.from(big), dest(), 1024)).rejects.toMatchObject({
      code: "InvalidParameterValueException",
      message: "Unzipped size must be smaller than 1024 bytes",
    });
  });
});
