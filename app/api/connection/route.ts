import { guardedRead } from "@/lib/api/route-handler";
import { getConnectionStatus } from "@/lib/data/connection-status";

export const dynamic = "force-dynamic";

export function GET() {
  return guardedRead("functions.read", getConnectionStatus);
}
