// The baseline for the Code tab's editor timing: Monaco alone. The Code tab's Monaco module,
// setup, options and handler in a static page (bench/monaco-alone/entry.ts, built with esbuild),
// served gzip-compressed as `next start` serves its chunks. The time this page takes to show the
// handler is what Monaco itself costs on this machine; the Code tab's time beyond it is the app's.
import { build } from "esbuild";
import fs from "node:fs";
import http from "node:http";
import path from "node:path";
import { gzipSync } from "node:zlib";

const root = path.resolve(import.meta.dirname, "..");
const OUT = path.join(import.meta.dirname, ".work/monaco-alone");
const WORKERS = ["editor", "json", "ts"];
const TYPES = {
  ".html": "text/html; charset=utf-8",
  ".js": "text/javascript",
  ".css": "text/css",
  ".ttf": "font/ttf",
};

async function bundle() {
  fs.rmSync(OUT, { recursive: true, force: true });
  const common = {
    bundle: true,
    minify: true,
    format: "esm",
    target: "es2022",
    logLevel: "error",
    loader: { ".ttf": "file" },
    tsconfig: path.join(root, "tsconfig.json"),
    define: { "process.env.NODE_ENV": '"production"' },
  };
  await build({
    ...common,
    entryPoints: [path.join(import.meta.dirname, "monaco-alone/entry.ts")],
    outdir: OUT,
    // Monaco's languages load on demand, in chunks of their own, as in the console.
    splitting: true,
  });
  await build({
    ...common,
    entryPoints: WORKERS.map((w) => ({
      in: path.join(root, `components/editor/workers/${w}.worker.ts`),
      out: `workers/${w}.worker`,
    })),
    outdir: OUT,
  });
}

function page(handler) {
  // `<` escaped: the handler's text cannot end the script element.
  const json = JSON.stringify(handler).replace(/</g, "\\u003c");
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Monaco alone</title><link rel="icon" href="data:,">
<link rel="stylesheet" href="/entry.css"></head>
<body style="margin:0"><div id="editor" style="position:fixed;inset:0"></div>
<script id="handler" type="application/json">${json}</script>
<script type="module" src="/entry.js"></script></body></html>`;
}

/**
 * Builds the page for `handler` ({ path, text }) and serves it on a free port; resolves with its
 * URL and `stop()`. The Code tab's monaco-setup asks for `workers/<name>.worker.ts` next to its
 * chunk: those requests get the built workers.
 */
export async function startMonacoAlone(handler) {
  await bundle();
  fs.writeFileSync(path.join(OUT, "index.html"), page(handler));
  const files = new Map();
  const load = (rel) => {
    if (!files.has(rel)) {
      const file = path.join(OUT, rel);
      files.set(
        rel,
        file.startsWith(OUT + path.sep) && fs.existsSync(file)
          ? { type: TYPES[path.extname(file)], body: gzipSync(fs.readFileSync(file)) }
          : null,
      );
    }
    return files.get(rel);
  };
  const server = http.createServer((req, res) => {
    let rel = decodeURIComponent(new URL(req.url, "http://x").pathname).slice(1) || "index.html";
    rel = rel.replace(/^(?:.*\/)?workers\/(\w+\.worker)\.ts$/, "workers/$1.js");
    const f = load(rel);
    if (!f) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      "Content-Type": f.type ?? "application/octet-stream",
      "Content-Encoding": "gzip",
      "Cache-Control": "public, max-age=31536000, immutable",
    });
    res.end(f.body);
  });
  await new Promise((resolve) => server.listen(0, "127.0.0.1", resolve));
  return {
    url: `http://127.0.0.1:${server.address().port}/`,
    stop: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
