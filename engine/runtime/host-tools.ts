import { execFile } from "node:child_process";
import { existsSync } from "node:fs";
import path from "node:path";

/**
 * What the machine offers the execution layer, probed once per process in the background so no
 * invoke waits for it: a real Python ≥ 3.10 (never a pyenv shell shim), and whether bubblewrap
 * can actually create namespaces here (containers often forbid it).
 */
export interface HostTools {
  python?: { executable: string; prefix: string };
  bwrap?: string;
  /** `setpriv --pdeathsig` ties unsandboxed runtimes to the engine's life. */
  setpriv?: string;
}

const run = (file: string, args: string[]): Promise<string | undefined> =>
  new Promise((resolve) => {
    execFile(
      file,
      args,
      {
        timeout: 5000,
        env: { PATH: "/usr/bin:/bin" } as Record<string, string> as NodeJS.ProcessEnv,
      },
      (err, stdout) => resolve(err ? undefined : stdout.trim()),
    );
  });

function onPath(name: string): string | undefined {
  for (const dir of (process.env.PATH ?? "/usr/bin:/bin").split(path.delimiter)) {
    const file = path.join(dir, name);
    if (dir && existsSync(file)) return file;
  }
  return undefined;
}

async function probePython(): Promise<HostTools["python"]> {
  const script =
    "import sys;print(sys.version_info>=(3,10));print(sys.executable);print(sys.prefix)";
  for (const candidate of ["/usr/bin/python3", onPath("python3")]) {
    if (!candidate) continue;
    const out = await run(candidate, ["-c", script]);
    const [ok, executable, prefix] = out?.split("\n") ?? [];
    if (ok === "True" && executable && prefix) return { executable, prefix };
  }
  return undefined;
}

async function probeBwrap(): Promise<string | undefined> {
  const bwrap =
    ["/usr/bin/bwrap", "/bin/bwrap", "/usr/local/bin/bwrap"].find(existsSync) ?? onPath("bwrap");
  if (!bwrap) return undefined;
  const ok = await run(bwrap, [
    "--ro-bind",
    "/",
    "/",
    "--unshare-pid",
    "--unshare-user",
    "/bin/sh",
    "-c",
    "echo ok",
  ]);
  return ok === "ok" ? bwrap : undefined;
}

let probe: Promise<HostTools> | undefined;

export function hostTools(): Promise<HostTools> {
  probe ??= Promise.all([probePython(), probeBwrap()]).then(([python, bwrap]) => ({
    python,
    bwrap,
    setpriv: ["/usr/bin/setpriv", "/bin/setpriv"].find(existsSync),
  }));
  return probe;
}
