import type { Metadata } from "next";
import { FunctionsList } from "@/components/functions/functions-list";

export const metadata: Metadata = { title: "Functions" };

export default function FunctionsPage() {
  return <FunctionsList />;
}
