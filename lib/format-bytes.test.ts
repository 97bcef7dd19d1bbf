import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes";

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [512, "512 B"],
    [1536, "1.5 kB"],
    [50 * 1024 * 1024, "50 MB"],
    [250 * 1024 * 1024 + 1, "250 MB"],
    [3 * 1024 ** 3, "3 GB"],
  ])("%d → %s", (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });
});
