/** The files Lambda would load for a handler: index.handler → index.{js,mjs,cjs}; a/b.fn → a/b.py. */
function handlerModules(runtime: string, handler: string, extraNodeExt: string[] = []): string[] {
  const modulePath = handler.slice(0, handler.lastIndexOf("."));
  return runtime.startsWith("python")
    ? [`${modulePath.replaceAll(".", "/")}.py`]
    : [".js", ".mjs", ".cjs", ...extraNodeExt].map((ext) => `${modulePath}${ext}`);
}

/** The file a handler names, to open first (a `.ts` source beside it counts too). */
export function handlerFile(runtime: string, handler: string, paths: string[]): string | undefined {
  return handlerModules(runtime, handler, [".ts"]).find((c) => paths.includes(c));
}

/**
 * What the handler needs when the package has none of it ("index.js, index.mjs or index.cjs"),
 * else undefined. Custom runtimes start `bootstrap` and read the handler themselves.
 */
export function missingHandlerModule(
  runtime: string,
  handler: string,
  paths: string[],
): string | undefined {
  if (runtime.startsWith("provided")) return undefined;
  const modules = handlerModules(runtime, handler);
  if (modules.some((m) => paths.includes(m))) return undefined;
  return modules.length === 1
    ? modules[0]
    : `${modules.slice(0, -1).join(", ")} or ${modules[modules.length - 1]}`;
}
