import type { Metadata } from "next";
import { FunctionsList } from "@/components/functions/functions-list";
import { listIcons } from "@/components/functions/list-icons";
import { requirePageSession } from "@/lib/auth";
import { listFunctions } from "@/lib/data/list-functions";
import { functionKeys } from "@/lib/queries/keys";
import { Prefetched } from "@/lib/queries/prefetch";

export const metadata: Metadata = { title: "Functions" };

export default async function FunctionsPage() {
  // The same check as GET /api/functions, so the prefetched list is what the client may read.
  await requirePageSession("functions.read");
  return (
    <Prefetched queries={[{ queryKey: functionKeys.list(), queryFn: listFunctions }]}>
      <FunctionsList icons={listIcons} />
    </Prefetched>
  );
}
