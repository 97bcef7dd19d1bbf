// The Code tab's Monaco without the app around it: the same Monaco module and setup
// (components/editor/monaco-setup.ts: the lean Monaco build, its workers, the TypeScript
// options), the same editor options and model path, the handler's text from the page. What the
// Code tab takes beyond this page is the app's own cost (Next, React, the page, hydration).
import { EDITOR_OPTIONS, tabSizeOf } from "../../components/editor/editor-options";
import { languageOf } from "../../components/editor/language";
import { monaco } from "../../components/editor/monaco-setup";

const { path, text } = JSON.parse(document.getElementById("handler")!.textContent!) as {
  path: string;
  text: string;
};
const language = languageOf(path);
// As @monaco-editor/react does for <Editor path value language>.
const model = monaco.editor.createModel(text, language, monaco.Uri.parse(`file:///${path}`));
monaco.editor.create(document.getElementById("editor")!, {
  ...EDITOR_OPTIONS,
  tabSize: tabSizeOf(language),
  model,
  theme: "vs",
});
