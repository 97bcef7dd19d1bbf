import Link from "next/link";
import { Badge } from "@/components/ui/badge";
import { EmptyState } from "@/components/ui/misc";
import type { AuditEntry } from "@/lib/audit/types";
import { functionHref } from "@/components/functions/function-tabs";
import { AuditDetails } from "./audit-details";

type Props = {
  entries: AuditEntry[];
  olderThan?: number;
  filter: Record<string, string | undefined>;
};

export function AuditTable({ entries, olderThan, filter }: Props) {
  if (!entries.length)
    return <EmptyState title="No entries">Nothing recorded matches these filters yet.</EmptyState>;
  const olderHref = `/audit?${new URLSearchParams({ ...Object.fromEntries(Object.entries(filter).filter(([, v]) => v)), before: String(olderThan) })}`;
  return (
    <div className="overflow-x-auto rounded-lg border">
      <table className="w-full text-sm">
        <thead className="bg-muted/40 text-muted-foreground text-left text-xs">
          <tr>
            <th className="px-3 py-2 font-medium">When</th>
            <th className="px-3 py-2 font-medium">Who</th>
            <th className="px-3 py-2 font-medium">Action</th>
            <th className="px-3 py-2 font-medium">Target</th>
            <th className="px-3 py-2 font-medium">Result</th>
            <th className="px-3 py-2 font-medium">Details</th>
          </tr>
        </thead>
        <tbody>
          {entries.map((e) => (
            <tr key={e.id} className="border-t align-top" data-action={e.action}>
              <td className="text-muted-foreground px-3 py-2 whitespace-nowrap">
                <time dateTime={e.at}>{e.at.replace("T", " ").slice(0, 19)} UTC</time>
              </td>
              <td className="px-3 py-2">
                {e.actor ?? <span className="text-muted-foreground">anonymous</span>}
              </td>
              <td className="px-3 py-2 font-mono text-xs">{e.action}</td>
              <td className="px-3 py-2">
                {e.functionName ? (
                  <Link className="font-medium hover:underline" href={functionHref(e.functionName)}>
                    {e.functionName}
                  </Link>
                ) : (
                  e.targetUser
                )}
              </td>
              <td className="px-3 py-2">
                <Badge variant={e.result === "ok" ? "success" : "destructive"}>{e.result}</Badge>
                {e.message && e.result !== "ok" && (
                  <div className="text-muted-foreground mt-1 max-w-64 text-xs">{e.message}</div>
                )}
              </td>
              <td className="px-3 py-2">
                <AuditDetails details={e.details} />
              </td>
            </tr>
          ))}
        </tbody>
      </table>
      {olderThan && (
        <div className="border-t px-3 py-2 text-right text-sm">
          <Link href={olderHref} className="text-primary hover:underline">
            Older entries →
          </Link>
        </div>
      )}
    </div>
  );
}
