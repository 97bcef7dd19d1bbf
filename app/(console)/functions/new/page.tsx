import type { Metadata } from "next";
import { CreateFunction } from "@/components/functions/create/create-function";
import { redirect } from "next/navigation";
import { requirePageSession } from "@/lib/auth";
import { decide } from "@/lib/auth/permissions";
import { getTemplate, listTemplates } from "@/lib/templates";

export const metadata: Metadata = { title: "Create function" };

export default async function NewFunctionPage({
  searchParams,
}: {
  searchParams: Promise<{ template?: string }>;
}) {
  const { user } = await requirePageSession();
  // Viewers, and developers of no team, may create nothing: no form to fill in for a refusal.
  // (createFunction checks again, for the team chosen.)
  if (!decide(user, "functions.create", user.teams[0])) redirect("/functions");
  const { template } = await searchParams;
  const templates = listTemplates().map((t) => ({
    ...t,
    environment: getTemplate(t.id)?.environment ?? {},
  }));
  return <CreateFunction templates={templates} initialTemplate={template} />;
}
