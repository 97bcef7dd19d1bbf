import Link from "next/link";
import { Button, buttonVariants } from "@/components/ui/button";
import { Select } from "@/components/ui/input";

type Props = {
  facets: { users: string[]; functions: string[]; actions: string[] };
  current: { user?: string; fn?: string; action?: string };
};

/** A plain GET form: every filtered view has its own shareable URL. */
export function AuditFilters({ facets, current }: Props) {
  const select = (name: "user" | "fn" | "action", label: string, all: string, values: string[]) => (
    <label className="grid gap-1 text-xs font-medium">
      {label}
      <Select name={name} defaultValue={current[name] ?? ""} className="w-56">
        <option value="">{all}</option>
        {[...new Set([...(current[name] ? [current[name]!] : []), ...values])].map((v) => (
          <option key={v} value={v}>
            {v}
          </option>
        ))}
      </Select>
    </label>
  );
  return (
    <form method="get" className="flex flex-wrap items-end gap-3" aria-label="Filter the audit log">
      {select("user", "User", "All users", facets.users)}
      {select("fn", "Function", "All functions", facets.functions)}
      {select("action", "Action", "All actions", facets.actions)}
      <Button type="submit" variant="outline">
        Filter
      </Button>
      {(current.user || current.fn || current.action) && (
        <Link href="/audit" className={buttonVariants({ variant: "ghost" })}>
          Clear
        </Link>
      )}
    </form>
  );
}
