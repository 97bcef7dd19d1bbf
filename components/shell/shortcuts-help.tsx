"use client";

import { useState, type ComponentType } from "react";
import { useHotkey } from "@/lib/use-hotkey";

type DialogProps = { open: boolean; onOpenChange: (open: boolean) => void };

/**
 * "?" anywhere in the console lists the keyboard shortcuts. The list itself is fetched on the
 * first press, so no page carries it in its first load.
 */
export function ShortcutsHelp() {
  const [open, setOpen] = useState(false);
  const [ShortcutsDialog, setDialog] = useState<ComponentType<DialogProps> | null>(null);
  useHotkey("?", () => {
    setOpen(true);
    if (!ShortcutsDialog) void import("./shortcuts-dialog").then((m) => setDialog(() => m.default));
  });
  return ShortcutsDialog ? <ShortcutsDialog open={open} onOpenChange={setOpen} /> : null;
}
