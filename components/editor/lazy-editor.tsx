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
/** Its place shows CodePreview until onReady: see code-workspace. */
export const LazyCodeEditor = dynamic(() => import("./code-editor"), {
  ssr: false,
  loading: () => null,
});
export const LazyCodeDiff = dynamic(() => import("./code-editor").then((m) => m.CodeDiff), {
  ssr: false,
  loading: EditorLoading,
});

let loading: Promise<unknown> | undefined;

/**
 * Starts fetching and evaluating the Monaco chunk before the editor renders. The import sits
 * beside the dynamic() ones above on purpose: the bundler gives one module's imports of
 * ./code-editor one chunk group, so the editor finds this load done instead of fetching its own.
 */
export function preloadCodeEditor() {
  loading ??= import("./code-editor").catch(() => {
    // A failed preload is retried by next/dynamic when the editor renders; allow another here.
    loading = undefined;
  });
}
