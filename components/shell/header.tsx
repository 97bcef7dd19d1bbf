import { SquareFunction } from "lucide-react";
import Link from "next/link";
import { AuthNavLinks } from "@/components/auth/auth-nav-links";
import { UserMenu } from "@/components/auth/user-menu";
import { ConnectionIndicator } from "./connection-indicator";
import { ThemeToggle } from "./theme-toggle";

export function Header() {
  return (
    <header className="bg-background/85 sticky top-0 z-30 border-b backdrop-blur">
      <div className="mx-auto flex h-14 max-w-[1600px] items-center gap-6 px-4 sm:px-6">
        <Link href="/functions" className="flex items-center gap-2 font-semibold tracking-tight">
          <SquareFunction className="text-primary size-5" aria-hidden />
          Functionary
        </Link>
        <nav aria-label="Main" className="flex items-center gap-1 text-sm">
          <Link
            href="/functions"
            className="text-muted-foreground hover:bg-muted hover:text-foreground rounded-md px-2.5 py-1.5"
          >
            Functions
          </Link>
          <AuthNavLinks />
        </nav>
        <div className="ml-auto flex items-center gap-2">
          <ConnectionIndicator />
          <ThemeToggle />
          <UserMenu />
        </div>
      </div>
    </header>
  );
}
