import { Spinner } from "@/components/ui/misc";
import { EDITOR_FONT } from "./editor-font";

/** Lines past this are below the fold of any screen; Monaco shows them once it has loaded. */
const MAX_LINES = 200;

/**
 * The open file as plain text, laid over the editor's place until Monaco has loaded: on a first
 * visit Monaco takes seconds to download and evaluate, and the code is already in the page.
 * Same font, size, line height, gutter and colours as the editor, so the swap does not move the
 * text; only the syntax colours arrive with Monaco.
 */
export function CodePreview({ path, value }: { path: string; value: string }) {
  const lines = value.split("\n", MAX_LINES);
  return (
    <div
      className="absolute inset-0 z-10 overflow-hidden bg-[#fffffe] text-[#000000] dark:bg-[#1e1e1e] dark:text-[#d4d4d4]"
      data-testid="code-preview"
    >
      <pre
        aria-label={`${path}, read-only until the editor has loaded`}
        className="m-0 pt-2 whitespace-pre"
        style={{
          fontFamily: EDITOR_FONT.family,
          fontSize: EDITOR_FONT.size,
          lineHeight: `${EDITOR_FONT.lineHeight}px`,
          tabSize: path.endsWith(".py") ? 4 : 2,
        }}
      >
        {lines.map((line, i) => (
          <div key={i} className="flex">
            <span
              aria-hidden
              className="shrink-0 pr-[26px] text-right text-[#237893] select-none dark:text-[#858585]"
              style={{ width: EDITOR_FONT.gutterWidth }}
            >
              {i + 1}
            </span>
            <code>{line || " "}</code>
          </div>
        ))}
      </pre>
      <div
        role="status"
        className="bg-background/90 text-muted-foreground absolute top-2 right-3 flex items-center gap-2 rounded-md border px-2 py-1 text-xs shadow-sm"
      >
        <Spinner className="size-3.5" /> Loading editor…
      </div>
    </div>
  );
}
