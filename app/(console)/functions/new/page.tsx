import type { Metadata } from "next";
import { CreateFunction } from "@/components/functions/create/create-function";
import { requirePageSession } from "@/lib/auth";
import { getTemplate, listTemplates } from "@/lib/templates";

export const metadata: Metadata = { title: "Create function" };

export default async function NewFunctionPage({
  searchParams,
}: {
  searchParams: Promise<{ template?: string }>;
}) {
  await requirePageSession();
  const { template } = await searchParams;
  const templates = listTemplates().map((t) => ({
    ...t,
    environment: getTemplate(t.id)?.environment ?? {},
  }));
  return <CreateFunction templates={templates} initialTemplate={template} />;
}
