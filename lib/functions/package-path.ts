/**
 * Why a file path cannot name a file inside a package, or undefined when it can: relative, no
 * "..", no empty segments, no backslashes. Plain code (no zod) so the Code tab's file dialogs
 * check paths without loading the schema library; `packagePathSchema` uses the same check.
 */
export function packagePathProblem(path: string): string | undefined {
  if (path.length === 0) return "Enter a file name.";
  if (path.length > MAX_PACKAGE_PATH) return `Use at most ${MAX_PACKAGE_PATH} characters.`;
  const relative =
    !path.startsWith("/") && !path.includes("\\") && path.split("/").every((s) => s && s !== "..");
  return relative ? undefined : "Use a relative path like src/util.js (no .. or empty segments).";
}

export const MAX_PACKAGE_PATH = 1024;
