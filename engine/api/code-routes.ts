import { createHmac, randomBytes, timingSafeEqual } from "node:crypto";
import fs from "node:fs";
import { AccessDeniedError, ResourceNotFoundError } from "../errors.js";
import type { Router } from "../http/router.js";
import type { CodeStore } from "../store/code-store.js";

/** AWS's presigned Code.Location links are valid for 10 minutes. */
const LINK_TTL_SECONDS = 600;

/**
 * GetFunction's `Code.Location`: a link on the engine that returns the exact zip, signed with a
 * per-process key and expiring like AWS's presigned S3 URL, so it cannot be used to list blobs.
 */
export class CodeLinks {
  private readonly key = randomBytes(32);

  constructor(private readonly baseUrl: () => string) {}

  private sign(sha: string, expires: number): string {
    return createHmac("sha256", this.key).update(`${sha}:${expires}`).digest("hex");
  }

  location(sha256: string): string {
    const expires = Math.floor(Date.now() / 1000) + LINK_TTL_SECONDS;
    return `${this.baseUrl()}/_code/${sha256}.zip?Expires=${expires}&Signature=${this.sign(sha256, expires)}`;
  }

  verify(sha256: string, expires: string | null, signature: string | null): boolean {
    const at = Number(expires);
    if (!signature || !Number.isFinite(at) || at < Date.now() / 1000) return false;
    const want = Buffer.from(this.sign(sha256, at));
    const got = Buffer.from(signature);
    return want.length === got.length && timingSafeEqual(want, got);
  }
}

export function registerCodeRoutes(router: Router, links: CodeLinks, code: CodeStore): void {
  router.on("GET", "/_code/:file", async ({ params, query }) => {
    const m = /^([0-9a-f]{64})\.zip$/.exec(params.file ?? "");
    if (!m) throw new ResourceNotFoundError("The resource you requested does not exist.");
    const sha = m[1]!;
    if (!links.verify(sha, query.get("Expires"), query.get("Signature")))
      throw new AccessDeniedError("Request has expired or the signature does not match.");
    const body = await fs.promises.readFile(code.zipPath(sha)).catch(() => {
      throw new ResourceNotFoundError("The resource you requested does not exist.");
    });
    return { status: 200, body, headers: { "Content-Type": "application/zip" } };
  });
}
