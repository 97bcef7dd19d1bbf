// TypeScript/JavaScript language service worker, from the local monaco-editor package.
import "monaco-editor/language/typescript/ts.worker";
