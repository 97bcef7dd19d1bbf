import type { ReactNode } from "react";
import { ViewerProvider } from "@/components/auth/viewer-provider";
import { Header } from "@/components/shell/header";
import { QueryProvider } from "@/components/shell/query-provider";
import { ShortcutsHelp } from "@/components/shell/shortcuts-help";
import { requirePageSession } from "@/lib/auth";
import { signOut } from "@/lib/auth/actions/sign-out";

export default async function ConsoleLayout({ children }: { children: ReactNode }) {
  // Signed out: redirect to /login (or /setup on first run). Pages check again themselves.
  const { user } = await requirePageSession();
  return (
    <QueryProvider>
      <ViewerProvider viewer={user} signOut={signOut}>
        <Header />
        <main className="mx-auto w-full max-w-[1600px] px-4 py-6 sm:px-6">{children}</main>
        <ShortcutsHelp />
      </ViewerProvider>
    </QueryProvider>
  );
}
