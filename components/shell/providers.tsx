"use client";

import { ThemeProvider } from "next-themes";
import type { ReactNode } from "react";
import { LazyToaster } from "./lazy-toaster";

/** What every page needs, sign-in included: the theme and toasts. */
export function Providers({ children }: { children: ReactNode }) {
  return (
    <ThemeProvider attribute="class" defaultTheme="system" enableSystem disableTransitionOnChange>
      {children}
      <LazyToaster richColors closeButton position="bottom-right" />
    </ThemeProvider>
  );
}
