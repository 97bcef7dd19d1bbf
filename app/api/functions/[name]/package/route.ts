import { guardedRead } from "@/lib/api/route-handler";
import { getFunctionPackage } from "@/lib/data/function-code";

export const dynamic = "force-dynamic";

/** "Download .zip": the deployed package, streamed as the backend stores it. */
export async function GET(_req: Request, { params }: { params: Promise<{ name: string }> }) {
  const { name } = await params;
  return guardedRead("functions.read", async () => {
    const { zip } = await getFunctionPackage(name);
    return new Response(Buffer.from(zip), {
      headers: {
        "Content-Type": "application/zip",
        "Content-Disposition": `attachment; filename="${name}.zip"`,
        "Cache-Control": "no-store",
      },
    });
  });
}
