/**
 * Each column's width and when it shows, for the header (functions-table) and the rows
 * (function-row) alike. Below 1024 px wide the timeout and last-modified columns make room for
 * the name, which tells functions apart; the description needs a wide screen.
 */
export const columnClass = {
  name: "min-w-0 flex-[2]",
  runtime: "w-32",
  memorySize: "w-24 text-right",
  timeout: "hidden w-20 text-right lg:block",
  team: "w-32",
  lastModified: "hidden w-36 lg:block",
  description: "hidden min-w-0 flex-[3] lg:block",
} as const;
