"use client";

import { ErrorPanel } from "@/components/shell/error-panel";
import { Skeleton } from "@/components/ui/misc";
import { useFunctionQuery } from "@/lib/queries/use-functions";
import { ConfigurationForm } from "./configuration-form";
import { DangerZone } from "./danger-zone";
import { useCan } from "@/components/auth/viewer-provider";

export function ConfigurationTab({ name }: { name: string }) {
  const { data, error, refetch } = useFunctionQuery(name);
  const can = useCan();
  if (error) return <ErrorPanel error={error} onRetry={() => refetch()} />;
  if (!data) return <Skeleton className="h-96" aria-label="Loading configuration" />;
  return (
    <div className="grid max-w-4xl gap-6">
      <ConfigurationForm detail={data} />
      {can("functions.delete", data.team) && <DangerZone name={name} />}
    </div>
  );
}
