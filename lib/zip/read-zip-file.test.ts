import { strToU8, zipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { readZipFile } from "./read-zip-file";

const picked = (bytes: Uint8Array) => new File([bytes as BlobPart], "picked.zip");

describe("readZipFile refuses what Lambda would, with a message that says why", () => {
  it.each([
    ["not a zip", strToU8("just text"), /^Could not unzip this file/],
    ["an empty zip", zipSync({}), /^The zip is empty\.$/],
    [
      "a path climbing out",
      zipSync({ "../evil.js": strToU8("x") }),
      /\.\.\/evil\.js, a path outside/,
    ],
    ["an absolute path", zipSync({ "/etc/x.js": strToU8("x") }), /\/etc\/x\.js, a path outside/],
  ])("%s", async (_, bytes, message) => {
    expect(await readZipFile(picked(bytes))).toMatch(message);
  });
});
