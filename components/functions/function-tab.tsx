"use client";

import dynamic from "next/dynamic";
import { CodeWorkspace } from "@/components/editor/code-workspace";
import { Skeleton } from "@/components/ui/misc";
import type { FunctionTabId } from "./function-tabs";
import { TabPlaceholder } from "./tab-placeholder";

// The Configuration form brings the schema library (zod, ~35 kB gzip) for its in-browser checks:
// it loads with that tab only, so the Code tab hydrates and hands the main thread to Monaco sooner.
const ConfigurationTab = dynamic(
  () => import("./configuration/configuration-tab").then((m) => m.ConfigurationTab),
  { loading: () => <Skeleton className="h-96" aria-label="Loading configuration" /> },
);

export function FunctionTab({ name, tab }: { name: string; tab: FunctionTabId }) {
  switch (tab) {
    case "code":
      return <CodeWorkspace name={name} />;
    case "configuration":
      return <ConfigurationTab name={name} />;
    default:
      return <TabPlaceholder name={name} tab={tab} />;
  }
}
