"use client";

import { useEffect, useRef, useState, useTransition, type ReactElement } from "react";
import { Badge } from "@/components/ui/badge";
import { Button } from "@/components/ui/button";
import { useSignOut, useViewer } from "./viewer-provider";

/** Who is signed in, with role and teams, and the two ways to sign out. Icons come from the server. */
export function UserMenu({
  icons,
}: {
  icons: Record<"account" | "signOut" | "signOutEverywhere", ReactElement>;
}) {
  const viewer = useViewer();
  const signOut = useSignOut();
  const [open, setOpen] = useState(false);
  const [pending, start] = useTransition();
  const ref = useRef<HTMLDivElement>(null);

  useEffect(() => {
    if (!open) return;
    const close = (e: MouseEvent | KeyboardEvent) => {
      if (
        e instanceof KeyboardEvent ? e.key === "Escape" : !ref.current?.contains(e.target as Node)
      )
        setOpen(false);
    };
    document.addEventListener("mousedown", close);
    document.addEventListener("keydown", close);
    return () => {
      document.removeEventListener("mousedown", close);
      document.removeEventListener("keydown", close);
    };
  }, [open]);

  if (!viewer || !signOut) return null;
  return (
    <div ref={ref} className="relative">
      <Button
        variant="ghost"
        size="sm"
        aria-expanded={open}
        aria-haspopup="menu"
        aria-label={`Account: ${viewer.email}`}
        onClick={() => setOpen((o) => !o)}
      >
        {icons.account}
        <span className="hidden max-w-40 truncate lg:inline">{viewer.email}</span>
      </Button>
      {open && (
        <div
          role="menu"
          className="bg-card absolute right-0 z-40 mt-1 grid w-72 gap-3 rounded-lg border p-3 text-sm shadow-lg"
        >
          <div className="grid gap-1">
            <span className="truncate font-medium">{viewer.name}</span>
            <span className="text-muted-foreground truncate">{viewer.email}</span>
            <div className="flex flex-wrap gap-1 pt-1">
              <Badge variant="primary">{viewer.role}</Badge>
              {viewer.teams.map((t) => (
                <Badge key={t} variant="outline">
                  team: {t}
                </Badge>
              ))}
            </div>
          </div>
          <div className="grid gap-1 border-t pt-2">
            <Button
              role="menuitem"
              variant="ghost"
              size="sm"
              className="justify-start"
              disabled={pending}
              onClick={() => start(() => signOut())}
            >
              {icons.signOut} Sign out
            </Button>
            <Button
              role="menuitem"
              variant="ghost"
              size="sm"
              className="justify-start"
              disabled={pending}
              onClick={() => start(() => signOut({ everywhere: true }))}
            >
              {icons.signOutEverywhere} Sign out everywhere
            </Button>
          </div>
        </div>
      )}
    </div>
  );
}
