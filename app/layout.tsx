import type { Metadata } from "next";
import type { ReactNode } from "react";
import { Providers } from "@/components/shell/providers";
import "./globals.css";

export const metadata: Metadata = {
  title: { default: "Functionary", template: "%s · Functionary" },
  description: "A console for serverless functions.",
};

export default function RootLayout({ children }: { children: ReactNode }) {
  return (
    // next-themes sets the class before paint; the attribute differs from the server's on purpose.
    <html lang="en" suppressHydrationWarning>
      <body className="min-h-dvh">
        <Providers>{children}</Providers>
      </body>
    </html>
  );
}
