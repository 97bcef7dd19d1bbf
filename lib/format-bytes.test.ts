import { describe, expect, it } from "vitest";
import { formatBytes } from "./format-bytes";

/** The formatter formatBytes stands in for (slow to build the first time in a browser). */
function intlFormat(bytes: number): string {
  const units = ["kilobyte", "megabyte", "gigabyte"];
  let value = bytes / 1024;
  let unit = 0;
  while (value >= 1024 && unit < units.length - 1) {
    value /= 1024;
    unit++;
  }
  return new Intl.NumberFormat("en", {
    style: "unit",
    unit: units[unit],
    unitDisplay: "short",
    maximumFractionDigits: 1,
  }).format(value);
}

describe("formatBytes", () => {
  it.each([
    [0, "0 B"],
    [512, "512 B"],
    [1536, "1.5 kB"],
    [50 * 1024 * 1024, "50 MB"],
    [250 * 1024 * 1024 + 1, "250 MB"],
    [3 * 1024 ** 3, "3 GB"],
    [1048535, "1,024 kB"],
    [13256070814237, "12,345.7 GB"],
  ])("%d → %s", (n, text) => {
    expect(formatBytes(n)).toBe(text);
  });

  it("writes what Intl's short unit format writes, rounding included", () => {
    for (let n = 1024; n < 2 ** 44; n = Math.ceil(n * 1.013)) {
      expect(formatBytes(n)).toBe(intlFormat(n));
    }
  });
});
