import type { editor } from "./monaco-lean";
import { EDITOR_FONT } from "./editor-font";

/**
 * The Code tab's editor options, shared with the benchmark's "Monaco alone" page
 * (bench/monaco-alone), so that baseline creates exactly the editor the tab does.
 */
export const EDITOR_OPTIONS: editor.IStandaloneEditorConstructionOptions = {
  automaticLayout: true,
  fontFamily: EDITOR_FONT.family,
  fontSize: EDITOR_FONT.size,
  lineHeight: EDITOR_FONT.lineHeight,
  lineNumbersMinChars: 4,
  minimap: { enabled: false },
  scrollBeyondLastLine: false,
  tabSize: 2,
  renderLineHighlight: "line",
  padding: { top: 8 },
};

/** Python is indented by four by convention; everything else the editor opens, by two. */
export const tabSizeOf = (language: string) => (language === "python" ? 4 : 2);
