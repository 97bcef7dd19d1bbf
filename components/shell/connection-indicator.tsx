"use client";

import type { ReactElement } from "react";
import { Button } from "@/components/ui/button";
import { useConnectionQuery } from "@/lib/queries/use-functions";
import { cn } from "@/lib/utils";

/** Engine or AWS account + region, and whether it answers; a click retries. */
export function ConnectionIndicator({ retryIcon }: { retryIcon: ReactElement }) {
  const { data, isPending, isFetching, refetch, error } = useConnectionQuery();
  const ok = data?.ok ?? false;
  const name = data
    ? data.kind === "aws"
      ? `${data.label}${data.account ? ` ${data.account}` : ""} · ${data.region}`
      : data.label
    : "Connecting…";
  const detail = isPending
    ? "Checking the backend…"
    : ok
      ? `Answers in ${data?.latencyMs ?? "?"} ms`
      : (data?.message ?? error?.message ?? "Not answering");
  return (
    <div className="flex items-center gap-1" title={detail}>
      <span
        role="status"
        aria-label={`Backend ${name}: ${ok ? "connected" : isPending ? "checking" : "unreachable"}`}
        className="flex items-center gap-2 rounded-md border px-2.5 py-1 text-xs whitespace-nowrap"
      >
        <span
          aria-hidden
          className={cn(
            "size-2 rounded-full",
            isPending ? "bg-muted-foreground animate-pulse" : ok ? "bg-success" : "bg-destructive",
          )}
        />
        <span className="font-medium">{name}</span>
        {!isPending && !ok && <span className="text-destructive">unreachable</span>}
      </span>
      {!isPending && !ok && (
        <Button
          variant="ghost"
          size="icon-sm"
          aria-label="Retry connection"
          onClick={() => refetch()}
        >
          <span className={cn("contents", isFetching && "[&_svg]:animate-spin")}>{retryIcon}</span>
        </Button>
      )}
    </div>
  );
}
