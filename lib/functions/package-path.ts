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

/**
 * The file among `files` that `path` would sit inside (`index.mjs` for `index.mjs/util.js`), or
 * undefined. A zip cannot hold a file and a folder of the same name: Lambda refuses it as a
 * zip it cannot unpack.
 */
export function fileAbove(
  path: string,
  files: ReadonlySet<string> | Iterable<string>,
): string | undefined {
  // Callers checking many paths pass one Set; building it per path would be quadratic.
  const taken = files instanceof Set ? (files as ReadonlySet<string>) : new Set(files);
  const segments = path.split("/");
  for (let i = 1; i < segments.length; i++) {
    const prefix = segments.slice(0, i).join("/");
    if (taken.has(prefix)) return prefix;
  }
  return undefined;
}

/** The message for a path under a file, shared by the file dialogs and the deploy schema. */
export const underFileMessage = (file: string) =>
  `${file} is a file, so it cannot hold other files. Choose another folder.`;
