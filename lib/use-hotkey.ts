import { useEffect, useRef } from "react";

/**
 * A global keyboard shortcut. "mod+s" means Ctrl on Linux/Windows and Cmd on macOS. Plain keys
 * are ignored while typing in a field, so "/" still types a slash there.
 */
export function useHotkey(combo: string, handler: (e: KeyboardEvent) => void, enabled = true) {
  const latest = useRef(handler);
  useEffect(() => {
    latest.current = handler;
  });
  useEffect(() => {
    if (!enabled) return;
    const parts = combo.toLowerCase().split("+");
    const key = parts.pop()!;
    const mod = parts.includes("mod");
    const onKey = (e: KeyboardEvent) => {
      if (e.key.toLowerCase() !== key) return;
      if (mod !== (e.ctrlKey || e.metaKey)) return;
      const target = e.target as HTMLElement | null;
      const typing = target?.closest(
        "input, textarea, select, [contenteditable=true], .monaco-editor",
      );
      if (!mod && typing) return;
      e.preventDefault();
      latest.current(e);
    };
    window.addEventListener("keydown", onKey);
    return () => window.removeEventListener("keydown", onKey);
  }, [combo, enabled]);
}
