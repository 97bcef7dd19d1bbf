"use client";

import { ChevronLeft, ChevronRight } from "lucide-react";
import Link from "next/link";
import { useSelectedLayoutSegments } from "next/navigation";
import type { ReactNode } from "react";
import { ErrorPanel } from "@/components/shell/error-panel";
import { Badge } from "@/components/ui/badge";
import { buttonVariants } from "@/components/ui/button";
import { CopyButton } from "@/components/ui/copy-button";
import { Skeleton } from "@/components/ui/misc";
import { ApiError } from "@/lib/queries/fetch-json";
import { useFunctionQuery } from "@/lib/queries/use-functions";
import { cn } from "@/lib/utils";
import { functionHref, functionTabs } from "./function-tabs";
import { UpdateStatus } from "./update-status";

/** Header and tab bar shared by every tab of a function; each tab has its own URL. */
export function FunctionShell({ name, children }: { name: string; children: ReactNode }) {
  const { data, error, refetch } = useFunctionQuery(name);
  const segments = useSelectedLayoutSegments();
  const active = segments[0] ?? "code";

  if (error) {
    const missing = error instanceof ApiError && error.error.code === "not_found";
    return (
      <ErrorPanel
        error={error}
        title={missing ? `Function “${name}” not found` : undefined}
        onRetry={missing ? undefined : () => refetch()}
        action={
          missing && (
            <Link href="/functions" className={buttonVariants({ variant: "outline" })}>
              <ChevronLeft /> All functions
            </Link>
          )
        }
      />
    );
  }
  return (
    <div className="grid gap-4">
      <div className="grid gap-2">
        <nav
          aria-label="Breadcrumb"
          className="text-muted-foreground flex items-center gap-1 text-sm"
        >
          <Link href="/functions" className="hover:text-foreground">
            Functions
          </Link>
          <ChevronRight className="size-3.5" aria-hidden />
          <span className="text-foreground">{name}</span>
        </nav>
        <div className="flex flex-wrap items-center gap-x-3 gap-y-2">
          <h1 className="text-xl font-semibold tracking-tight">{name}</h1>
          {data ? (
            <>
              <Badge variant="outline" className="font-mono">
                {data.runtime}
              </Badge>
              {data.team ? (
                <Badge variant="primary">team: {data.team}</Badge>
              ) : (
                <Badge variant="outline">unassigned</Badge>
              )}
              <UpdateStatus detail={data} />
              <Link
                href={`/audit?fn=${encodeURIComponent(name)}`}
                className="text-muted-foreground hover:text-foreground text-sm hover:underline"
              >
                Audit log
              </Link>
              <span className="text-muted-foreground ml-auto hidden items-center gap-1 font-mono text-xs md:flex">
                {data.arn}
                <CopyButton value={data.arn} label="Copy ARN" />
              </span>
            </>
          ) : (
            <Skeleton className="h-5 w-48" />
          )}
        </div>
        {data?.description && <p className="text-muted-foreground text-sm">{data.description}</p>}
      </div>
      <nav aria-label="Function" className="flex gap-1 overflow-x-auto border-b">
        {functionTabs.map((t) => (
          <Link
            key={t.id}
            href={functionHref(name, t.id)}
            aria-current={active === t.id ? "page" : undefined}
            className={cn(
              "-mb-px border-b-2 px-3 py-2 text-sm whitespace-nowrap transition-colors",
              active === t.id
                ? "border-primary text-foreground font-medium"
                : "text-muted-foreground hover:text-foreground border-transparent",
            )}
          >
            {t.label}
          </Link>
        ))}
      </nav>
      {children}
    </div>
  );
}
