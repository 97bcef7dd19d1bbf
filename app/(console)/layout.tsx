import type { ReactNode } from "react";
import { Header } from "@/components/shell/header";

export default function ConsoleLayout({ children }: { children: ReactNode }) {
  return (
    <>
      <Header />
      <main className="mx-auto w-full max-w-[1600px] px-4 py-6 sm:px-6">{children}</main>
    </>
  );
}
