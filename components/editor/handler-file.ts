/** The file Lambda loads for a handler: index.handler → index.{js,mjs,cjs}; a/b.fn → a/b.py. */
export function handlerFile(runtime: string, handler: string, paths: string[]): string | undefined {
  const modulePath = handler.slice(0, handler.lastIndexOf("."));
  const candidates = runtime.startsWith("python")
    ? [`${modulePath.replaceAll(".", "/")}.py`]
    : [".js", ".mjs", ".cjs", ".ts"].map((ext) => `${modulePath}${ext}`);
  return candidates.find((c) => paths.includes(c));
}
