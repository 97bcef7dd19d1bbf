import "server-only";
import fs from "node:fs";
import path from "node:path";
import { preload } from "react-dom";
import { serverEnv } from "@/lib/env";

const cache = new Map<string, string[]>();

/** The chunks of every next/dynamic import on a page, from the build's loadable manifest. */
function dynamicChunks(page: string): string[] {
  let files = cache.get(page);
  if (!files) {
    try {
      const dir = path.join(process.cwd(), serverEnv().NEXT_DIST_DIR, "server/app", page);
      const manifest = JSON.parse(
        fs.readFileSync(path.join(dir, "react-loadable-manifest.json"), "utf8"),
      ) as Record<string, { files: string[] }>;
      files = [...new Set(Object.values(manifest).flatMap((e) => e.files))];
    } catch {
      // No production build (next dev) or another layout: no hints, the chunks load as before.
      files = [];
    }
    cache.set(page, files);
  }
  return files;
}

/**
 * Preload hints for the chunks a page loads through next/dynamic with ssr:false (Monaco on the
 * Code tab). Next emits hints only for ssr:true imports, so without these the download starts
 * when hydration reaches the editor. Issued after the page's awaits, they travel in the RSC
 * payload, and React adds the <link rel=preload> as it reads that payload, before hydrating.
 * Issued before any await they land in the HTML head instead; measured side by side that made
 * no difference (the main thread, not the network, is what the editor waits for), so the
 * session check stays first. `page` is the route's folder under app/, e.g.
 * "(console)/functions/[name]/[[...tab]]/page".
 */
export function preloadDynamicChunks(page: string) {
  for (const file of dynamicChunks(page))
    preload(`/_next/${file}`, { as: file.endsWith(".css") ? "style" : "script" });
}
