import { guardedRead } from "@/lib/api/route-handler";
import { getFunctionCode } from "@/lib/data/function-code";

export const dynamic = "force-dynamic";

export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return guardedRead("functions.read", () => getFunctionCode(name));
}
