import { describe, expect, it } from "vitest";
import { visibleRows } from "./use-window-rows";

describe("visibleRows", () => {
  it.each([
    // top, viewport, count, rowHeight, overscan → range
    {
      name: "list at the top of the page",
      args: [0, 880, 1000, 44, 0],
      want: { start: 0, end: 20 },
    },
    {
      name: "overscan after the last visible row",
      args: [0, 880, 1000, 44, 5],
      want: { start: 0, end: 25 },
    },
    {
      name: "list starts below a header",
      args: [200, 880, 1000, 44, 0],
      want: { start: 0, end: 16 },
    },
    {
      name: "scrolled into the middle",
      args: [-4400, 880, 1000, 44, 2],
      want: { start: 98, end: 122 },
    },
    {
      name: "partly visible row counts",
      args: [-50, 100, 1000, 44, 0],
      want: { start: 1, end: 4 },
    },
    {
      name: "scrolled to the end",
      args: [-43120, 880, 1000, 44, 3],
      want: { start: 977, end: 1000 },
    },
    { name: "fewer rows than the screen", args: [100, 880, 5, 44, 12], want: { start: 0, end: 5 } },
    { name: "list below the fold", args: [2000, 880, 1000, 44, 0], want: { start: 0, end: 0 } },
    {
      name: "scrolled past the list",
      args: [-50000, 880, 1000, 44, 0],
      want: { start: 1000, end: 1000 },
    },
    { name: "empty list", args: [0, 880, 0, 44, 12], want: { start: 0, end: 0 } },
  ] satisfies { name: string; args: Parameters<typeof visibleRows>; want: object }[])(
    "$name",
    ({ args, want }) => {
      expect(visibleRows(...args)).toEqual(want);
    },
  );
});
