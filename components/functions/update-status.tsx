"use client";

import { CircleAlert, CircleCheck, LoaderCircle } from "lucide-react";
import { Badge } from "@/components/ui/badge";
import type { FunctionDetail } from "@/lib/functions/types";

/** Lambda's State and LastUpdateStatus folded into one live badge. */
export function UpdateStatus({
  detail,
}: {
  detail: Pick<
    FunctionDetail,
    "state" | "stateReason" | "lastUpdateStatus" | "lastUpdateStatusReason"
  >;
}) {
  if (detail.state === "Pending" || detail.lastUpdateStatus === "InProgress") {
    return (
      <Badge variant="warning" role="status">
        <LoaderCircle className="animate-spin" /> Updating
      </Badge>
    );
  }
  if (detail.state === "Failed" || detail.lastUpdateStatus === "Failed") {
    return (
      <Badge
        variant="destructive"
        role="status"
        title={detail.lastUpdateStatusReason ?? detail.stateReason ?? undefined}
      >
        <CircleAlert /> {detail.lastUpdateStatus === "Failed" ? "Last update failed" : "Failed"}
      </Badge>
    );
  }
  return (
    <Badge variant="success" role="status">
      <CircleCheck /> {detail.state === "Inactive" ? "Inactive" : "Active"}
    </Badge>
  );
}
