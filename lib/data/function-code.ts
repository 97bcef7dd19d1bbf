import "server-only";
import { serverEnv } from "@/lib/env";
import type { FunctionCode } from "@/lib/functions/types";
import { classify, readPackage, type PackageEntry } from "@/lib/zip/package";
import { getFunctionRaw } from "./get-function";

/** Downloads the deployed package from the presigned Code.Location GetFunction returns. */
async function download(location: string): Promise<Uint8Array> {
  const res = await fetch(location, {
    signal: AbortSignal.timeout(serverEnv().FUNCTIONARY_REQUEST_TIMEOUT_MS * 3),
    cache: "no-store",
  });
  if (!res.ok)
    throw Object.assign(new Error(`Code download failed (${res.status})`), { $fault: "server" });
  return new Uint8Array(await res.arrayBuffer());
}

export async function getFunctionPackage(name: string) {
  const out = await getFunctionRaw(name);
  const location = out.Code?.Location;
  if (!location)
    throw Object.assign(new Error("This function has no zip package (container image?)."), {
      name: "ResourceNotFoundException",
    });
  const zip = await download(location);
  return { zip, configuration: out.Configuration ?? {} };
}

export async function getFunctionEntries(name: string): Promise<PackageEntry[]> {
  return readPackage((await getFunctionPackage(name)).zip);
}

/** The package as the editor sees it: text inline, everything else listed but not sent. */
export async function getFunctionCode(name: string): Promise<FunctionCode> {
  const { zip, configuration: c } = await getFunctionPackage(name);
  const decoder = new TextDecoder();
  return {
    revisionId: c.RevisionId ?? "",
    codeSha256: c.CodeSha256 ?? "",
    handler: c.Handler ?? "",
    runtime: c.Runtime ?? "",
    files: readPackage(zip).map((e) => {
      const kind = classify(e.path, e.bytes);
      return kind === "text"
        ? { path: e.path, kind, size: e.bytes.length, content: decoder.decode(e.bytes) }
        : { path: e.path, kind, size: e.bytes.length };
    }),
  };
}
