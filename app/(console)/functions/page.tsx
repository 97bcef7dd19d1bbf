import type { Metadata } from "next";
import { FunctionsList } from "@/components/functions/functions-list";
import { requirePageSession } from "@/lib/auth";

export const metadata: Metadata = { title: "Functions" };

export default async function FunctionsPage() {
  await requirePageSession();
  return <FunctionsList />;
}
