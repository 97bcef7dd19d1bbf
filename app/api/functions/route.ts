import { guardedRead } from "@/lib/api/route-handler";
import { listFunctions } from "@/lib/data/list-functions";

export const dynamic = "force-dynamic";

export function GET() {
  return guardedRead("functions.read", listFunctions);
}
