"use client";

import { CodeWorkspace } from "@/components/editor/code-workspace";
import { ConfigurationTab } from "./configuration/configuration-tab";
import type { FunctionTabId } from "./function-tabs";
import { TabPlaceholder } from "./tab-placeholder";

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
