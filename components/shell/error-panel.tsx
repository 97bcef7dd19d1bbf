"use client";

import { CloudOff, RefreshCw, TriangleAlert } from "lucide-react";
import { Button } from "@/components/ui/button";
import { ApiError } from "@/lib/queries/fetch-json";

/**
 * What every failed view shows: a plain sentence and a retry. The backend being down is the
 * common case and gets its own wording; stack traces are never rendered.
 */
export function ErrorPanel({
  error,
  onRetry,
  title,
}: {
  error: unknown;
  onRetry?: () => void;
  title?: string;
}) {
  const unreachable = error instanceof ApiError && error.error.code === "backend_unavailable";
  const message =
    error instanceof ApiError
      ? error.message
      : "Something went wrong while showing this page. Nothing was changed.";
  return (
    <div
      role="alert"
      className="bg-card mx-auto flex max-w-lg flex-col items-center gap-3 rounded-lg border px-6 py-12 text-center"
    >
      {unreachable ? (
        <CloudOff className="text-muted-foreground size-8" aria-hidden />
      ) : (
        <TriangleAlert className="text-warning size-8" aria-hidden />
      )}
      <h2 className="text-base font-semibold">
        {title ?? (unreachable ? "The backend is not answering" : "This could not be loaded")}
      </h2>
      <p className="text-muted-foreground text-sm">{message}</p>
      {onRetry && (
        <Button variant="outline" onClick={onRetry}>
          <RefreshCw /> Retry
        </Button>
      )}
    </div>
  );
}
