import { SquareFunction } from "lucide-react";
import type { ReactNode } from "react";

export function AuthFrame({ children }: { children: ReactNode }) {
  return (
    <main className="grid min-h-dvh place-items-center bg-muted/30 px-4 py-10">
      <div className="grid w-full max-w-sm gap-6">
        <div className="flex items-center justify-center gap-2 text-lg font-semibold tracking-tight">
          <SquareFunction className="size-6 text-primary" aria-hidden />
          Functionary
        </div>
        {children}
      </div>
    </main>
  );
}
