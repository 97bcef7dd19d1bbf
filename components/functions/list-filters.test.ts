import { describe, expect, it } from "vitest";
import type { FunctionSummary } from "@/lib/functions/types";
import { applyFilters, searchOfView, UNASSIGNED, viewFromSearch } from "./list-filters";

const fn = (name: string, extra: Partial<FunctionSummary> = {}): FunctionSummary => ({
  name,
  runtime: "nodejs22.x",
  memorySize: 128,
  timeout: 3,
  lastModified: "2025-01-01T00:00:00.000+0000",
  description: "",
  team: null,
  ...extra,
});

const items = [
  fn("orders", { team: "shop", memorySize: 512 }),
  fn("billing", { team: "finance", runtime: "python3.12" }),
  fn("misc", { description: "orders helper" }),
];
const none = { query: "", runtime: "", team: "" };

describe("applyFilters", () => {
  it("matches name or description, case-insensitively", () => {
    expect(
      applyFilters(items, { ...none, query: "ORDERS" }, { key: "name", dir: "asc" }).map(
        (f) => f.name,
      ),
    ).toEqual(["misc", "orders"]);
  });
  it("filters by runtime and team, including unassigned", () => {
    expect(
      applyFilters(items, { ...none, runtime: "python3.12" }, { key: "name", dir: "asc" }).map(
        (f) => f.name,
      ),
    ).toEqual(["billing"]);
    expect(
      applyFilters(items, { ...none, team: UNASSIGNED }, { key: "name", dir: "asc" }).map(
        (f) => f.name,
      ),
    ).toEqual(["misc"]);
  });
  it("sorts numbers numerically and both directions", () => {
    expect(
      applyFilters(items, none, { key: "memorySize", dir: "desc" }).map((f) => f.name),
    ).toEqual(["orders", "billing", "misc"]);
    expect(applyFilters(items, none, { key: "name", dir: "desc" }).map((f) => f.name)).toEqual([
      "orders",
      "misc",
      "billing",
    ]);
  });
});

describe("the list's view in its address", () => {
  it.each([
    ["", { query: "", runtime: "", team: "" }, { key: "name", dir: "asc" }],
    [
      "?q=ord+ers&runtime=python3.13&team=shop&sort=-timeout",
      { query: "ord ers", runtime: "python3.13", team: "shop" },
      { key: "timeout", dir: "desc" },
    ],
    [
      `?team=${UNASSIGNED}&sort=memorySize`,
      { query: "", runtime: "", team: UNASSIGNED },
      { key: "memorySize", dir: "asc" },
    ],
  ] as const)("%s round-trips", (search, filters, sort) => {
    const view = viewFromSearch(new URLSearchParams(search));
    expect(view).toEqual({ filters, sort });
    expect(searchOfView(view.filters, view.sort)).toBe(search);
  });

  it("ignores a sort it does not know", () => {
    expect(viewFromSearch(new URLSearchParams("?sort=-password")).sort).toEqual({
      key: "name",
      dir: "asc",
    });
  });
});
