/**
 * Starts fetching the Monaco chunk before the editor renders: on hover of a function link and as
 * the Code tab mounts, so Monaco downloads in parallel with the package instead of after it.
 * The same module LazyCodeEditor imports, so the browser downloads it once.
 */
export function preloadEditor() {
  void import("./code-editor").catch(() => {
    // A failed preload is retried by next/dynamic when the editor renders; nothing to do here.
  });
}
