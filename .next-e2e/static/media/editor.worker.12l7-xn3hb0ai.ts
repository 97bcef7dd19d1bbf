// Bundled from the local monaco-editor package (never a CDN): the base editor worker.
import "monaco-editor/editor/editor.worker";
