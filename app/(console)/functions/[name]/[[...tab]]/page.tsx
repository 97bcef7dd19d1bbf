import type { Metadata } from "next";
import { notFound } from "next/navigation";
import { FunctionTab } from "@/components/functions/function-tab";
import { isFunctionTab } from "@/components/functions/function-tabs";
import { requirePageSession } from "@/lib/auth";

type Props = { params: Promise<{ name: string; tab?: string[] }> };

export async function generateMetadata({ params }: Props): Promise<Metadata> {
  const { name } = await params;
  return { title: decodeURIComponent(name) };
}

export default async function FunctionPage({ params }: Props) {
  await requirePageSession();
  const { name, tab } = await params;
  const id = tab?.[0] ?? "code";
  if ((tab?.length ?? 0) > 1 || !isFunctionTab(id)) notFound();
  return <FunctionTab name={decodeURIComponent(name)} tab={id} />;
}
