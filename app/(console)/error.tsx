"use client";

import { ErrorPanel } from "@/components/shell/error-panel";

export default function ConsoleError({
  error,
  reset,
}: {
  error: Error & { digest?: string };
  reset: () => void;
}) {
  return <ErrorPanel error={error} onRetry={reset} />;
}
