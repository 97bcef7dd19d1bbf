import { guardedRead } from "@/lib/api/route-handler";
import { getFunction } from "@/lib/data/get-function";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return guardedRead("functions.read", () => getFunction(name));
}
