import fs from "node:fs/promises";
import path from "node:path";
import { NextResponse } from "next/server";
import { guardedRead } from "@/lib/api/route-handler";

/**
 * The .d.ts files of @types/aws-lambda, for Monaco's TypeScript worker (IntelliSense on `event`
 * and `context`). Public type definitions, but like every route it answers signed-in users only; cached for a day.
 */
const root = path.join(process.cwd(), "node_modules", "@types", "aws-lambda");

async function collect(dir: string): Promise<{ path: string; content: string }[]> {
  const out: { path: string; content: string }[] = [];
  for (const entry of await fs.readdir(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await collect(full)));
    else if (entry.name.endsWith(".d.ts") || entry.name === "package.json") {
      const rel = path.relative(root, full).split(path.sep).join("/");
      out.push({ path: rel, content: await fs.readFile(full, "utf8") });
    }
  }
  return out;
}

let cached: Promise<{ path: string; content: string }[]> | undefined;

export function GET() {
  return guardedRead("functions.read", async () => {
    cached ??= collect(root);
    return NextResponse.json(await cached, {
      headers: { "Cache-Control": "private, max-age=86400" },
    });
  });
}
