"use client";

import dynamic from "next/dynamic";
import { Spinner } from "@/components/ui/misc";

function EditorLoading() {
  return (
    <div className="text-muted-foreground flex h-full items-center justify-center gap-2 text-sm">
      <Spinner /> Loading editor…
    </div>
  );
}

/** Monaco is several MB: it loads only in the browser, only when the Code tab shows. */
export const LazyCodeEditor = dynamic(() => import("./code-editor"), {
  ssr: false,
  loading: EditorLoading,
});
export const LazyCodeDiff = dynamic(() => import("./code-editor").then((m) => m.CodeDiff), {
  ssr: false,
  loading: EditorLoading,
});
