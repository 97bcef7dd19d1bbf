"use client";

import Link from "next/link";
import { usePathname } from "next/navigation";
import { cn } from "@/lib/utils";
import { useCan } from "./viewer-provider";

const linkClass =
  "rounded-md px-2.5 py-1.5 whitespace-nowrap text-muted-foreground hover:bg-muted hover:text-foreground";

/** Header links that depend on the role: the audit log for everyone, users for admins. */
export function AuthNavLinks() {
  const can = useCan();
  const path = usePathname();
  const links = [
    can("audit.read") && { href: "/audit", label: "Audit log" },
    can("users.manage") && { href: "/admin", label: "Users" },
  ].filter((l): l is { href: string; label: string } => !!l);
  return links.map((l) => (
    <Link
      key={l.href}
      href={l.href}
      aria-current={path.startsWith(l.href) ? "page" : undefined}
      className={cn(linkClass, path.startsWith(l.href) && "text-foreground")}
    >
      {l.label}
    </Link>
  ));
}
