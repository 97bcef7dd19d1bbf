import { strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { readUnixModes } from "./unix-modes";

export type PackageEntry = { path: string; bytes: Uint8Array; mode?: number };

/** Files the editor shows as text; the rest is carried byte-for-byte and opened read-only. */
export const MAX_EDITABLE_BYTES = 1024 * 1024;

export type FileKind = "text" | "binary" | "large" | "dependency";

export function classify(path: string, bytes: Uint8Array): FileKind {
  if (/(^|\/)(node_modules|__pycache__|\.venv|site-packages)\//.test(path)) return "dependency";
  if (bytes.length > MAX_EDITABLE_BYTES) return "large";
  return isUtf8Text(bytes) ? "text" : "binary";
}

export function isUtf8Text(bytes: Uint8Array): boolean {
  if (bytes.subarray(0, 8192).includes(0)) return false;
  try {
    new TextDecoder("utf-8", { fatal: true }).decode(bytes);
    return true;
  } catch {
    return false;
  }
}

/** Unzips a package into files (directories dropped), keeping each file's Unix mode. */
export function readPackage(zip: Uint8Array): PackageEntry[] {
  const modes = readUnixModes(zip);
  const files = unzipSync(zip);
  return Object.entries(files)
    .filter(([path]) => !path.endsWith("/"))
    .map(([path, bytes]) => ({ path, bytes, mode: modes.get(path) }))
    .sort((a, b) => a.path.localeCompare(b.path));
}

const EXECUTABLE = 0o755;
const REGULAR = 0o644;

/** Whether a file must stay executable: its old mode said so, or Lambda runs it directly. */
const wantsExec = (e: PackageEntry) =>
  e.mode !== undefined ? (e.mode & 0o111) !== 0 : /(^|\/)bootstrap$|\.sh$/.test(e.path);

/** Zips files deterministically (sorted, fixed mtime) so equal code gives an equal CodeSha256. */
export function buildPackage(entries: PackageEntry[]): Uint8Array {
  const tree: Zippable = {};
  for (const e of [...entries].sort((a, b) => a.path.localeCompare(b.path))) {
    const mode = wantsExec(e) ? EXECUTABLE : REGULAR;
    // External attributes carry st_mode (with S_IFREG) in the high 16 bits when host (os) = Unix.
    const attrs = ((0o100000 | mode) << 16) >>> 0;
    tree[e.path] = [e.bytes, { os: 3, attrs, mtime: FIXED_MTIME }];
  }
  return zipSync(tree, { level: 6 });
}

const FIXED_MTIME = new Date("2020-01-01T00:00:00Z");

export const textEntry = (path: string, content: string): PackageEntry => ({
  path,
  bytes: strToU8(content),
});
