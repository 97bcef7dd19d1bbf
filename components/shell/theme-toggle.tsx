"use client";

import { useTheme } from "next-themes";
import { useSyncExternalStore, type ReactElement } from "react";
import { Button } from "@/components/ui/button";

const order = ["system", "light", "dark"] as const;
type Theme = (typeof order)[number];
const noop = () => () => {};

/**
 * Cycles system → light → dark. Shows "system" until mounted (the theme is client-only). The
 * icons are rendered by the server header, so no icon code ships with the toggle.
 */
export function ThemeToggle({ icons }: { icons: Record<Theme, ReactElement> }) {
  const { theme, setTheme } = useTheme();
  const mounted = useSyncExternalStore(
    noop,
    () => true,
    () => false,
  );
  const current = (mounted && order.includes(theme as Theme) ? theme : "system") as Theme;
  const next = order[(order.indexOf(current) + 1) % order.length]!;
  return (
    <Button
      variant="ghost"
      size="icon"
      aria-label={`Theme: ${current}. Switch to ${next}`}
      title={`Theme: ${current}`}
      onClick={() => setTheme(next)}
    >
      {icons[current]}
    </Button>
  );
}
