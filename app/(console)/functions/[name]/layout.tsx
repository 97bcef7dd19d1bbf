import type { ReactNode } from "react";
import { FunctionShell } from "@/components/functions/function-shell";
import { requirePageSession } from "@/lib/auth";
import { pageParam } from "@/lib/page-param";
import { getFunction } from "@/lib/data/get-function";
import { functionKeys } from "@/lib/queries/keys";
import { Prefetched } from "@/lib/queries/prefetch";

export default async function FunctionLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ name: string }>;
}) {
  // The same check as GET /api/functions/<name>, so the prefetched detail is readable here.
  await requirePageSession("functions.read");
  const name = pageParam((await params).name);
  return (
    <Prefetched
      queries={[{ queryKey: functionKeys.detail(name), queryFn: () => getFunction(name) }]}
    >
      <FunctionShell name={name}>{children}</FunctionShell>
    </Prefetched>
  );
}
