/** Lambda's limit for a .zip uploaded directly (facts §1.2). */
export const MAX_UPLOAD_BYTES = 52_428_800;

export type PickedZip = { name: string; size: number; base64: string; files: string[] };

/**
 * Reads a .zip the user picked, in the browser: its file names (to suggest a handler, or to
 * refuse an empty one) and its bytes as base64 for a server action. A string is the message to
 * show instead.
 */
export async function readZipFile(file: File): Promise<PickedZip | string> {
  if (file.size > MAX_UPLOAD_BYTES) return "The zip must be smaller than 50 MB.";
  try {
    const bytes = new Uint8Array(await file.arrayBuffer());
    const files = await listNames(bytes);
    if (files.length === 0) return "The zip is empty.";
    // Lambda refuses these with its general "Could not unzip uploaded file": say which one.
    const outside = files.find((f) => f.startsWith("/") || f.split(/[/\\]/).includes(".."));
    if (outside) return `The zip holds ${outside}, a path outside the package: Lambda refuses it.`;
    return { name: file.name, size: file.size, base64: await toBase64(bytes), files };
  } catch {
    return "Could not unzip this file. Please check it, then try again.";
  }
}

/** File names in a zip without inflating anything (fflate loads only when a zip is picked). */
async function listNames(bytes: Uint8Array): Promise<string[]> {
  const { unzipSync } = await import("fflate");
  const names: string[] = [];
  unzipSync(bytes, {
    filter: (f) => {
      if (!f.name.endsWith("/")) names.push(f.name);
      return false;
    },
  });
  return names;
}

async function toBase64(bytes: Uint8Array): Promise<string> {
  // FileReader's data URL is the fastest base64 in browsers for multi-MB inputs.
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result).split(",", 2)[1] ?? "");
    reader.onerror = () => reject(reader.error);
    reader.readAsDataURL(new Blob([bytes as BlobPart]));
  });
}
