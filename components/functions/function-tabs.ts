export const functionTabs = [
  { id: "code", label: "Code" },
  { id: "test", label: "Test" },
  { id: "endpoint", label: "Endpoint" },
  { id: "configuration", label: "Configuration" },
  { id: "monitor", label: "Monitor" },
] as const;

export type FunctionTabId = (typeof functionTabs)[number]["id"];

export const isFunctionTab = (v: string | undefined): v is FunctionTabId =>
  functionTabs.some((t) => t.id === v);

/**
 * A function's page, always with its tab segment: `/functions/new` is the create page, so a
 * function named "new" (a valid Lambda name) is reached as `/functions/new/code`.
 */
export const functionHref = (name: string, tab: FunctionTabId = "code") =>
  `/functions/${encodeURIComponent(name)}/${tab}`;
