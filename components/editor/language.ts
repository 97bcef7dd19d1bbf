/** Monaco language id by file extension (or well-known name). */
const byExtension: Record<string, string> = {
  js: "javascript",
  mjs: "javascript",
  cjs: "javascript",
  jsx: "javascript",
  ts: "typescript",
  mts: "typescript",
  cts: "typescript",
  tsx: "typescript",
  py: "python",
  json: "json",
  yaml: "yaml",
  yml: "yaml",
  md: "markdown",
  markdown: "markdown",
  sh: "shell",
  bash: "shell",
  html: "html",
  css: "css",
  toml: "ini",
  ini: "ini",
  txt: "plaintext",
};

export function languageOf(path: string): string {
  const base = path.split("/").pop() ?? path;
  if (base === "bootstrap" || base === "Makefile") return "shell";
  const ext = base.includes(".") ? base.split(".").pop()!.toLowerCase() : "";
  return byExtension[ext] ?? "plaintext";
}
