"use client";

import { LazyErrorPanel } from "@/components/shell/lazy-error-panel";

export default function ConsoleError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <LazyErrorPanel error={error} onRetry={reset} />;
}
