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
