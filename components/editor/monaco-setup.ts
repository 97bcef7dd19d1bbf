import { loader } from "@monaco-editor/react";
import * as monaco from "./monaco-lean";

/**
 * Runs once, in the browser only (this module is reached through next/dynamic with ssr:false).
 * @monaco-editor/react would otherwise fetch Monaco from a CDN; `loader.config({ monaco })`
 * hands it the local package, and the workers are bundled from it too.
 */
declare global {
  interface Window {
    MonacoEnvironment?: monaco.Environment;
  }
}

window.MonacoEnvironment = {
  getWorker(_id: string, label: string) {
    if (label === "typescript" || label === "javascript") {
      return new Worker(new URL("./workers/ts.worker.ts", import.meta.url), { type: "module" });
    }
    if (label === "json") {
      return new Worker(new URL("./workers/json.worker.ts", import.meta.url), { type: "module" });
    }
    return new Worker(new URL("./workers/editor.worker.ts", import.meta.url), { type: "module" });
  },
};

loader.config({ monaco });

const ts = monaco.typescript;
const compilerOptions = {
  target: ts.ScriptTarget.ES2020,
  module: ts.ModuleKind.ESNext,
  moduleResolution: ts.ModuleResolutionKind.NodeJs,
  allowJs: true,
  checkJs: false,
  allowNonTsExtensions: true,
  esModuleInterop: true,
  typeRoots: ["file:///node_modules/@types"],
};
ts.javascriptDefaults.setCompilerOptions(compilerOptions);
ts.typescriptDefaults.setCompilerOptions(compilerOptions);
ts.javascriptDefaults.setEagerModelSync(true);

let typingsLoaded = false;

/**
 * @types/aws-lambda into both language services, at the node_modules path TypeScript resolves
 * `import("aws-lambda")` and JSDoc `@param {import('aws-lambda').Context}` to.
 */
export async function loadLambdaTypings() {
  if (typingsLoaded) return;
  typingsLoaded = true;
  const res = await fetch("/api/typings/aws-lambda");
  if (!res.ok) {
    typingsLoaded = false;
    return;
  }
  const files = (await res.json()) as { path: string; content: string }[];
  for (const f of files) {
    const uri = `file:///node_modules/@types/aws-lambda/${f.path}`;
    ts.javascriptDefaults.addExtraLib(f.content, uri);
    ts.typescriptDefaults.addExtraLib(f.content, uri);
  }
}

export { monaco };
