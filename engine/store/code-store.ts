import { createHash, randomUUID } from "node:crypto";
import fs from "node:fs";
import path from "node:path";
import { safeUnzip } from "./safe-unzip.js";

export interface StoredCode {
  /** Hex SHA-256 of the zip: the blob's file name. */
  sha256: string;
  /** base64 SHA-256, as Lambda reports `CodeSha256` (facts §1.3). */
  codeSha256: string;
  size: number;
}

/**
 * Code packages, stored once per SHA-256 as `code/<hex>.zip` and unpacked once into
 * `unpacked/<hex>/`. Both are written into `tmp/` first and renamed into place, so a kill -9
 * leaves either nothing or a complete file; callers write the blob before the metadata row that
 * references it. Blobs no version references any more (replaced or deleted code) are removed by
 * collectGarbage at start-up, before any request can be writing a new one.
 */
export class CodeStore {
  private readonly codeDir: string;
  private readonly unpackedRoot: string;
  private readonly tmpDir: string;

  constructor(dataDir: string) {
    this.codeDir = path.join(dataDir, "code");
    this.unpackedRoot = path.join(dataDir, "unpacked");
    this.tmpDir = path.join(dataDir, "tmp");
    for (const d of [this.codeDir, this.unpackedRoot, this.tmpDir])
      fs.mkdirSync(d, { recursive: true });
    // Node resolves a handler's module type from the nearest package.json upwards; without this
    // one the search could reach a package.json above the data directory (e.g. a repository's
    // `"type": "module"`) and load CommonJS handlers as ES modules. Lambda's /var/task has none.
    const boundary = path.join(this.unpackedRoot, "package.json");
    if (!fs.existsSync(boundary)) fs.writeFileSync(boundary, "{}\n");
    // Leftovers of writes interrupted by a crash are never referenced.
    for (const leftover of fs.readdirSync(this.tmpDir)) {
      fs.rmSync(path.join(this.tmpDir, leftover), { recursive: true, force: true });
    }
  }

  static digest(zip: Buffer): StoredCode {
    const hash = createHash("sha256").update(zip).digest();
    return { sha256: hash.toString("hex"), codeSha256: hash.toString("base64"), size: zip.length };
  }

  zipPath(sha256: string): string {
    return path.join(this.codeDir, `${sha256}.zip`);
  }

  unpackedDir(sha256: string): string {
    return path.join(this.unpackedRoot, sha256);
  }

  /** Validates (by unpacking) and stores a package; throws AWS's zip errors for bad ones. */
  async put(zip: Buffer): Promise<StoredCode> {
    const code = CodeStore.digest(zip);
    const dir = this.unpackedDir(code.sha256);
    if (!fs.existsSync(dir)) await this.unpack(zip, dir);
    const blob = this.zipPath(code.sha256);
    if (!fs.existsSync(blob)) this.writeDurably(blob, zip);
    return code;
  }

  read(sha256: string): Buffer {
    return fs.readFileSync(this.zipPath(sha256));
  }

  /** The unpacked directory, restored from the blob if a crash or cleanup removed it. */
  async ensureUnpacked(sha256: string): Promise<string> {
    const dir = this.unpackedDir(sha256);
    if (!fs.existsSync(dir)) await this.unpack(this.read(sha256), dir);
    return dir;
  }

  /**
   * Deletes the blobs and unpacked directories of packages not in `referenced`. Only safe while
   * no put() is in flight (a new blob is written before the row that references it), so the
   * engine calls it once, before it listens. Returns how many packages were removed.
   */
  collectGarbage(referenced: Set<string>): number {
    const sha = /^[0-9a-f]{64}$/;
    let removed = 0;
    for (const file of fs.readdirSync(this.codeDir)) {
      const hex = file.endsWith(".zip") ? file.slice(0, -4) : "";
      if (!sha.test(hex) || referenced.has(hex)) continue;
      fs.rmSync(path.join(this.codeDir, file), { force: true });
      removed++;
    }
    for (const dir of fs.readdirSync(this.unpackedRoot)) {
      if (!sha.test(dir) || referenced.has(dir)) continue;
      fs.rmSync(path.join(this.unpackedRoot, dir), { recursive: true, force: true });
    }
    return removed;
  }

  private async unpack(zip: Buffer, dir: string): Promise<void> {
    const tmp = path.join(this.tmpDir, `unpack-${randomUUID()}`);
    try {
      await safeUnzip(zip, tmp);
      fs.renameSync(tmp, dir);
    } catch (err) {
      fs.rmSync(tmp, { recursive: true, force: true });
      // Another request unpacked the same package first: theirs is identical.
      if (fs.existsSync(dir)) return;
      throw err;
    }
  }

  private writeDurably(file: string, data: Buffer): void {
    const tmp = path.join(this.tmpDir, `blob-${randomUUID()}`);
    const fd = fs.openSync(tmp, "w", 0o644);
    try {
      fs.writeSync(fd, data);
      fs.fsyncSync(fd);
    } finally {
      fs.closeSync(fd);
    }
    fs.renameSync(tmp, file);
    const dirFd = fs.openSync(path.dirname(file), "r");
    try {
      fs.fsyncSync(dirFd);
    } finally {
      fs.closeSync(dirFd);
    }
  }
}
