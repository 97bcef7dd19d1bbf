// JSON language service worker, from the local monaco-editor package.
import "monaco-editor/language/json/json.worker";
