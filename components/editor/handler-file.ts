/** The file Lambda loads for a handler: index.handler → index.{js,mjs,cjs}; a/b.fn → a/b.py. */
export function handlerFile(runtime: string, handler: string, paths: string[]): string | undefined {
  const module = handler.slice(0, handler.lastIndexOf("."));
  const candidates = runtime.startsWith("python")
    ? [`${module.replaceAll(".", "/")}.py`]
    : [".js", ".mjs", ".cjs", ".ts"].map((ext) => `${module}${ext}`);
  return candidates.find((c) => paths.includes(c));
}
