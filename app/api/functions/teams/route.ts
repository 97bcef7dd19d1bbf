import { guardedRead } from "@/lib/api/route-handler";
import { listFunctionTeams } from "@/lib/data/list-functions";

export const dynamic = "force-dynamic";

/** The team of every function (ListTags per function, cached): filled in after the list shows. */
export function GET() {
  return guardedRead("functions.read", listFunctionTeams);
}
