"use client";

import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";
import { LazyToaster } from "./lazy-toaster";

/** What every page needs, sign-in included: the theme and toasts. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      {children}
      {/* Above the Configuration tab's sticky save bar, whose buttons sit at the bottom right. */}
      <LazyToaster
        richColors
        closeButton
        position="bottom-right"
        offset={{ bottom: "4.75rem", right: "1.5rem" }}
      />
    </ThemeProvider>
  );
}
