import { ArrowDown, ArrowUp, ArrowUpDown, Plus, Search, SquareFunction } from "lucide-react";
import type { ReactElement } from "react";

export type ListIcons = Record<
  "create" | "search" | "empty" | "sortAsc" | "sortDesc" | "unsorted",
  ReactElement
>;

/**
 * The list's icons, rendered by the server page and handed to the client list as elements: the
 * drawings travel in the RSC payload instead of as icon modules in the page's JavaScript.
 */
export const listIcons: ListIcons = {
  create: <Plus />,
  search: (
    <Search className="text-muted-foreground pointer-events-none absolute top-2.5 left-2.5 size-4" />
  ),
  empty: <SquareFunction />,
  sortAsc: <ArrowUp className="size-3" />,
  sortDesc: <ArrowDown className="size-3" />,
  unsorted: <ArrowUpDown className="size-3 opacity-40" />,
};
