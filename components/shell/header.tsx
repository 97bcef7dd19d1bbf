import {
  LogOut,
  Monitor,
  MonitorX,
  Moon,
  RefreshCw,
  SquareFunction,
  Sun,
  UserRound,
} from "lucide-react";
import Link from "next/link";
import { AuthNavLinks } from "@/components/auth/auth-nav-links";
import { UserMenu } from "@/components/auth/user-menu";
import { ConnectionIndicator } from "./connection-indicator";
import { ThemeToggle } from "./theme-toggle";

// Icons for the client parts of the header, rendered here on the server: their drawings travel in
// the RSC payload instead of as icon modules in every console page's JavaScript.
const themeIcons = { system: <Monitor />, light: <Sun />, dark: <Moon /> };
const accountIcons = {
  account: <UserRound aria-hidden />,
  signOut: <LogOut aria-hidden />,
  signOutEverywhere: <MonitorX aria-hidden />,
};

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
          <ConnectionIndicator retryIcon={<RefreshCw />} />
          <ThemeToggle icons={themeIcons} />
          <UserMenu icons={accountIcons} />
        </div>
      </div>
    </header>
  );
}
