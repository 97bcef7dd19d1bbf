import type { Metadata } from "next";
import { AuditFilters } from "@/components/audit/audit-filters";
import { AuditTable } from "@/components/audit/audit-table";
import { requirePageSession } from "@/lib/auth";
import { decide } from "@/lib/auth/permissions";
import { auditFacets, listAudit } from "@/lib/audit/store";

export const metadata: Metadata = { title: "Audit log" };

type Props = {
  searchParams: Promise<{ user?: string; fn?: string; action?: string; before?: string }>;
};

/** Who changed what, newest first. Admins see everything; others see function entries only. */
export default async function AuditPage({ searchParams }: Props) {
  const { user } = await requirePageSession("audit.read");
  const filter = await searchParams;
  const functionsOnly = !decide(user, "users.manage", undefined);
  const entries = listAudit({
    ...filter,
    before: Number(filter.before) || undefined,
    limit: 100,
    functionsOnly,
  });
  const facets = auditFacets(functionsOnly);
  const older = entries.length === 100 ? entries[entries.length - 1]!.id : undefined;
  return (
    <div className="grid gap-4">
      <div>
        <h1 className="text-xl font-semibold tracking-tight">Audit log</h1>
        <p className="text-muted-foreground text-sm">
          Every change to functions
          {functionsOnly ? "" : ", users and roles, and every failed sign-in"}, with who did it and
          the result.
        </p>
      </div>
      <AuditFilters facets={facets} current={filter} />
      <AuditTable entries={entries} olderThan={older} filter={filter} />
    </div>
  );
}
