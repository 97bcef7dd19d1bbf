/**
 * fflate's unzip does not report file modes, but a `bootstrap` or a shell script loses its
 * executable bit without them. This reads the zip central directory for each entry's Unix mode.
 * Format: PKWARE APPNOTE 4.3.12 (central directory header, signature 0x02014b50).
 */
export function readUnixModes(zip: Uint8Array): Map<string, number> {
  const modes = new Map<string, number>();
  const view = new DataView(zip.buffer, zip.byteOffset, zip.byteLength);
  // The end-of-central-directory record sits in the last 22 + 65535 (comment) bytes.
  let eocd = -1;
  for (let i = zip.length - 22; i >= Math.max(0, zip.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return modes;
  const count = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const decoder = new TextDecoder();
  for (let n = 0; n < count && p + 46 <= zip.length; n++) {
    if (view.getUint32(p, true) !== 0x02014b50) break;
    const madeBy = view.getUint16(p + 4, true) >> 8;
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    const external = view.getUint32(p + 38, true);
    const name = decoder.decode(zip.subarray(p + 46, p + 46 + nameLength));
    // Host 3 = Unix: the high 16 bits of the external attributes are st_mode.
    if (madeBy === 3 && external >>> 16) modes.set(name, (external >>> 16) & 0o7777);
    p += 46 + nameLength + extraLength + commentLength;
  }
  return modes;
}
