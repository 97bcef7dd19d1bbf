"use client";

import { Dialog } from "@/components/ui/dialog";
import { Kbd } from "@/components/ui/misc";

/** Every shortcut the console has, where it works. Keys without Ctrl/⌘ are off while typing. */
const SHORTCUTS: Array<{ keys: string[][]; what: string; where: string }> = [
  { keys: [["?"]], what: "Show these shortcuts", where: "Anywhere" },
  { keys: [["/"]], what: "Filter functions by name", where: "Functions list" },
  { keys: [["N"]], what: "Create a function", where: "Functions list" },
  {
    keys: [
      ["Ctrl", "S"],
      ["⌘", "S"],
    ],
    what: "Deploy the draft",
    where: "Code tab",
  },
  { keys: [["Esc"]], what: "Leave full screen (outside the editor)", where: "Code tab" },
  { keys: [["Delete"]], what: "Close the focused file tab", where: "Code tab" },
  { keys: [["F1"]], what: "Editor command palette", where: "In the editor" },
  { keys: [["Ctrl", "Space"]], what: "Suggestions (IntelliSense)", where: "In the editor" },
];

export default function ShortcutsDialog({
  open,
  onOpenChange,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
}) {
  return (
    <Dialog open={open} onOpenChange={onOpenChange} title="Keyboard shortcuts">
      <table className="w-full text-sm">
        <tbody>
          {SHORTCUTS.map((s) => (
            <tr key={s.what} className="border-b last:border-0">
              <td className="py-2 pr-4 whitespace-nowrap">
                {s.keys.map((combo, i) => (
                  <span key={combo.join("+")}>
                    {i > 0 && <span className="text-muted-foreground px-1 text-xs">or</span>}
                    {combo.map((k, j) => (
                      <span key={k}>
                        {j > 0 && <span className="text-muted-foreground px-0.5">+</span>}
                        <Kbd className="text-xs">{k}</Kbd>
                      </span>
                    ))}
                  </span>
                ))}
              </td>
              <td className="py-2 pr-4">{s.what}</td>
              <td className="text-muted-foreground py-2 text-right text-xs whitespace-nowrap">
                {s.where}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </Dialog>
  );
}
