/** Suggests a handler for an uploaded package from its file names, per runtime convention. */
export function guessHandler(runtime: string, files: string[]): string | undefined {
  const top = files.filter((f) => !f.includes("/"));
  if (runtime.startsWith("python")) {
    const py = top.find((f) => f === "lambda_function.py") ?? top.find((f) => f.endsWith(".py"));
    return py
      ? `${py.slice(0, -3)}.${py === "lambda_function.py" ? "lambda_handler" : "handler"}`
      : undefined;
  }
  if (runtime.startsWith("nodejs")) {
    const js =
      top.find((f) => /^index\.(m|c)?js$/.test(f)) ?? top.find((f) => /\.(m|c)?js$/.test(f));
    return js ? `${js.replace(/\.(m|c)?js$/, "")}.handler` : undefined;
  }
  return undefined;
}
