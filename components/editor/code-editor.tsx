"use client";

import Editor, { DiffEditor } from "@monaco-editor/react";
import { useTheme } from "next-themes";
import { useEffect, useLayoutEffect, useRef } from "react";
import { flushSync } from "react-dom";
import { EDITOR_OPTIONS, tabSizeOf } from "./editor-options";
import { loadLambdaTypings, monaco } from "./monaco-setup";

type Props = {
  path: string;
  value: string;
  language: string;
  onChange: (value: string) => void;
  onSave: () => void;
  /** Called once Monaco has mounted and shows the file. */
  onReady?: () => void;
  /** For roles that may not deploy this function: no edits, and Monaco says why on a keypress. */
  readOnly?: boolean;
};

const READ_ONLY_MESSAGE = { value: "Your role cannot change this function's code." };

/** The Monaco editor itself; loaded only through next/dynamic so it never weighs on first load. */
export default function CodeEditor({
  path,
  value,
  language,
  onChange,
  onSave,
  onReady,
  readOnly = false,
}: Props) {
  const { resolvedTheme } = useTheme();
  const save = useRef(onSave);
  useEffect(() => {
    save.current = onSave;
  });
  useEffect(() => {
    void loadLambdaTypings();
  }, []);
  return (
    <Editor
      path={`file:///${path}`}
      value={value}
      language={language}
      theme={resolvedTheme === "dark" ? "vs-dark" : "vs"}
      options={{
        ...EDITOR_OPTIONS,
        tabSize: tabSizeOf(language),
        readOnly,
        readOnlyMessage: READ_ONLY_MESSAGE,
      }}
      // Rendered and committed within the keystroke: <Editor> writes `value` back into the model
      // whenever the two differ, so a render that lands after the next keystroke would put the
      // older text back (characters lost, the cursor thrown to the end) when typing fast.
      onChange={(v) => flushSync(() => onChange(v ?? ""))}
      onMount={(editor) => {
        editor.addCommand(monaco.KeyMod.CtrlCmd | monaco.KeyCode.KeyS, () => save.current());
        editor.focus();
        // After Monaco's own first render (queued at creation), so the preview never uncovers blank lines.
        requestAnimationFrame(() => onReady?.());
      }}
      loading={null}
    />
  );
}

export function CodeDiff({
  path,
  original,
  modified,
  language,
  onChange,
}: {
  path: string;
  original: string;
  modified: string;
  language: string;
  onChange?: (v: string) => void;
}) {
  const { resolvedTheme } = useTheme();
  const diffEditor = useRef<monaco.editor.IStandaloneDiffEditor | null>(null);
  // @monaco-editor/react disposes the two models before the widget that holds them, which Monaco
  // reports ("TextModel got disposed before DiffEditorWidget model got reset"). It keeps them
  // instead; this layout cleanup, which React runs before the library's passive one, detaches the
  // widget first and then disposes every model the diff made.
  useLayoutEffect(
    () => () => {
      diffEditor.current?.setModel(null);
      for (const model of monaco.editor.getModels()) {
        const { scheme, authority } = model.uri;
        if (scheme === "inmemory" && (authority === "deployed" || authority === "draft"))
          model.dispose();
      }
    },
    [],
  );
  return (
    <DiffEditor
      keepCurrentOriginalModel
      keepCurrentModifiedModel
      original={original}
      modified={modified}
      originalModelPath={`inmemory://deployed/${path}`}
      modifiedModelPath={`inmemory://draft/${path}`}
      language={language}
      theme={resolvedTheme === "dark" ? "vs-dark" : "vs"}
      options={{
        ...EDITOR_OPTIONS,
        renderSideBySide: true,
        originalEditable: false,
        readOnly: !onChange,
      }}
      onMount={(editor) => {
        diffEditor.current = editor;
        const model = editor.getModifiedEditor();
        model.onDidChangeModelContent(() => onChange?.(model.getValue()));
      }}
    />
  );
}
