import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FunctionTab } from "@/components/functions/function-tab";
import { isFunctionTab } from "@/components/functions/function-tabs";
import { requirePageSession } from "@/lib/auth";
import { pageParam } from "@/lib/page-param";
import { getFunctionCode } from "@/lib/data/function-code";
import { preloadDynamicChunks } from "@/lib/preload-dynamic-chunks";
import { functionKeys } from "@/lib/queries/keys";
import { Prefetched } from "@/lib/queries/prefetch";

type Props = { params: Promise<{ name: string; tab?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await params;
  return { title: pageParam(name) };
}

export default async function FunctionPage({ params }: Props) {
  await requirePageSession();
  const { name: raw, tab } = await params;
  const id = tab?.[0] ?? "code";
  if ((tab?.length ?? 0) > 1 || !isFunctionTab(id)) notFound();
  const name = pageParam(raw);
  // The Code tab's package is read on the server with the page, as GET .../code would read it;
  // the editor's chunks are hinted in the RSC payload, so their download starts before hydration.
  const queries =
    id === "code"
      ? [{ queryKey: functionKeys.code(name), queryFn: () => getFunctionCode(name) }]
      : [];
  if (id === "code") preloadDynamicChunks("(console)/functions/[name]/[[...tab]]/page");
  return (
    <Prefetched queries={queries}>
      <FunctionTab name={name} tab={id} />
    </Prefetched>
  );
}
