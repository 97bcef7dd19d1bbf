import type { ReactNode } from "react";
import { FunctionShell } from "@/components/functions/function-shell";

export default async function FunctionLayout({
  children,
  params,
}: {
  children: ReactNode;
  params: Promise<{ name: string }>;
}) {
  const { name } = await params;
  return <FunctionShell name={decodeURIComponent(name)}>{children}</FunctionShell>;
}
