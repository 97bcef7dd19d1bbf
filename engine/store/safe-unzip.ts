import fs from "node:fs";
import path from "node:path";
import { pipeline } from "node:stream/promises";
import type yauzl from "yauzl";
import { InvalidParameterValueError } from "../errors.js";

/** AWS's unzipped-size quota for a function package (facts §1.2, 250 MiB). */
export const MAX_UNZIPPED_BYTES = 262_144_000;

export const BAD_ZIP_MESSAGE =
  "Could not unzip uploaded file. Please check your file, then try to upload again.";

/** AWS's answer to a zip with no entries (seen in CloudFormation and CDK deploy errors). */
export const EMPTY_ZIP_MESSAGE = "Uploaded file must be a non-empty zip";

const S_IFMT = 0o170000;
const S_IFLNK = 0o120000;
const S_IFDIR = 0o040000;

/**
 * Unpacks a zip into `dest` (which must not exist yet) without ever writing outside it: entries
 * with `..` or absolute paths and symlinks that point outside are refused, the total unzipped size
 * is capped at AWS's 250 MiB, and executable bits from the zip's Unix attributes are kept so a
 * custom runtime's `bootstrap` stays runnable. Files are written read-only: code is immutable.
 */
export async function safeUnzip(
  zip: Buffer,
  dest: string,
  limit = MAX_UNZIPPED_BYTES,
): Promise<void> {
  let zipfile: yauzl.ZipFile;
  try {
    // yauzl itself rejects `..` and absolute names, and checks real sizes against declared ones.
    // Loaded on first use: most engine starts never unzip anything.
    const { default: lib } = await import("yauzl");
    zipfile = await lib.fromBufferPromise(zip, { lazyEntries: true, validateEntrySizes: true });
  } catch {
    throw new InvalidParameterValueError(BAD_ZIP_MESSAGE);
  }
  if (zipfile.entryCount === 0) {
    zipfile.close();
    throw new InvalidParameterValueError(EMPTY_ZIP_MESSAGE);
  }
  fs.mkdirSync(dest, { recursive: true, mode: 0o755 });
  const root = fs.realpathSync(dest);
  let total = 0;
  try {
    for await (const entry of entries(zipfile)) {
      total += entry.uncompressedSize;
      if (total > limit) {
        throw new InvalidParameterValueError(`Unzipped size must be smaller than ${limit} bytes`);
      }
      await extractEntry(zipfile, entry, root);
    }
  } catch (err) {
    if (err instanceof InvalidParameterValueError) throw err;
    throw new InvalidParameterValueError(BAD_ZIP_MESSAGE);
  } finally {
    zipfile.close();
  }
}

async function* entries(zipfile: yauzl.ZipFile): AsyncGenerator<yauzl.Entry> {
  for (;;) {
    const next = await new Promise<yauzl.Entry | null>((resolve, reject) => {
      const onEntry = (e: yauzl.Entry) => done(() => resolve(e));
      const onEnd = () => done(() => resolve(null));
      const onError = (e: Error) => done(() => reject(e));
      const done = (fn: () => void) => {
        zipfile.off("entry", onEntry).off("end", onEnd).off("error", onError);
        fn();
      };
      zipfile.on("entry", onEntry).on("end", onEnd).on("error", onError);
      zipfile.readEntry();
    });
    if (!next) return;
    yield next;
  }
}

function inside(root: string, target: string): boolean {
  return target === root || target.startsWith(root + path.sep);
}

async function extractEntry(
  zipfile: yauzl.ZipFile,
  entry: yauzl.Entry,
  root: string,
): Promise<void> {
  const name = entry.fileName;
  if (path.isAbsolute(name) || name.split(/[\\/]/).includes("..")) throw new Error("unsafe path");
  const target = path.resolve(root, name);
  if (!inside(root, target)) throw new Error("unsafe path");
  // Unix attributes live in the high 16 bits when the zip was made on Unix (versionMadeBy 3).
  const unix = entry.versionMadeBy >> 8 === 3 ? entry.externalFileAttributes >>> 16 : 0;
  const kind = unix & S_IFMT;
  if (name.endsWith("/") || kind === S_IFDIR) {
    fs.mkdirSync(target, { recursive: true, mode: 0o755 });
    return;
  }
  const parent = path.dirname(target);
  fs.mkdirSync(parent, { recursive: true, mode: 0o755 });
  // A symlink extracted earlier must not carry later entries outside the root.
  if (!inside(root, fs.realpathSync(parent))) throw new Error("unsafe path");
  const stream = await zipfile.openReadStreamPromise(entry);
  if (kind === S_IFLNK) {
    const chunks: Buffer[] = [];
    for await (const c of stream) chunks.push(c as Buffer);
    const link = Buffer.concat(chunks).toString("utf8");
    if (path.isAbsolute(link) || !inside(root, path.resolve(parent, link))) {
      throw new Error("symlink points outside the package");
    }
    fs.symlinkSync(link, target);
    return;
  }
  const executable = unix === 0 ? path.basename(name) === "bootstrap" : (unix & 0o111) !== 0;
  await pipeline(stream, fs.createWriteStream(target, { flags: "wx", mode: 0o644 }));
  fs.chmodSync(target, executable ? 0o555 : 0o444);
}
