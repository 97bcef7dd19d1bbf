import { SquareFunction } from "lucide-react";
import type { ReactNode } from "react";

export function AuthFrame({ children }: { children: ReactNode }) {
  return (
    <main className="bg-muted/30 grid min-h-dvh place-items-center px-4 py-10">
      <div className="grid w-full max-w-sm gap-6">
        <div className="flex items-center justify-center gap-2 text-lg font-semibold tracking-tight">
          <SquareFunction className="text-primary size-6" aria-hidden />
          Functionary
        </div>
        {children}
      </div>
    </main>
  );
}
