import { lstatSync, readlinkSync } from "node:fs";

/** Where things live inside a sandboxed environment, as on AWS (facts §4.2). */
export const SANDBOX_TASK_ROOT = "/var/task";
export const SANDBOX_RUNTIME_DIR = "/var/runtime";

/** The few /etc files programs need (DNS, users, TLS roots, timezone, linker); nothing else. */
const ETC = [
  "hosts",
  "resolv.conf",
  "nsswitch.conf",
  "host.conf",
  "gai.conf",
  "protocols",
  "services",
  "passwd",
  "group",
  "localtime",
  "ld.so.cache",
  "ld.so.conf",
  "ld.so.conf.d",
  "alternatives",
  "ssl",
  "ca-certificates",
  "ca-certificates.conf",
  "pki",
  "crypto-policies",
  "mime.types",
  "os-release",
];

export interface SandboxPaths {
  /** The unpacked package on the host, mounted read-only at /var/task. */
  codeDir: string;
  /** Our bootstraps on the host, mounted read-only at /var/runtime. */
  runtimeDir: string;
  /** This environment's scratch directory on the host, mounted read-write at /tmp. */
  tmpDir: string;
  /** Interpreter installs outside /usr (pyenv, nvm), mounted read-only at their own path. */
  extraReadOnly: string[];
}

/**
 * bubblewrap arguments: a read-only system (/usr, the /bin and /lib links, a minimal /etc), the
 * code and runtime read-only, a private /tmp, new pid/ipc/uts/user namespaces (uid 993 like
 * AWS's sbx_user, no capabilities), a new session, and death with the engine. The data
 * directory, other functions' code and the engine's files are simply not mounted.
 */
export function bwrapArgs(p: SandboxPaths): string[] {
  const args = [
    "--unshare-pid",
    "--unshare-ipc",
    "--unshare-uts",
    "--unshare-cgroup-try",
    "--unshare-user",
    "--uid",
    "993",
    "--gid",
    "990",
    "--die-with-parent",
    "--new-session",
    "--ro-bind",
    "/usr",
    "/usr",
  ];
  for (const dir of ["/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32"]) {
    try {
      const st = lstatSync(dir);
      if (st.isSymbolicLink()) args.push("--symlink", readlinkSync(dir), dir);
      else if (st.isDirectory()) args.push("--ro-bind", dir, dir);
    } catch {
      /* absent on this distribution */
    }
  }
  for (const name of ETC) args.push("--ro-bind-try", `/etc/${name}`, `/etc/${name}`);
  args.push("--proc", "/proc", "--dev", "/dev", "--bind", p.tmpDir, "/tmp");
  args.push(
    "--ro-bind",
    p.codeDir,
    SANDBOX_TASK_ROOT,
    "--ro-bind",
    p.runtimeDir,
    SANDBOX_RUNTIME_DIR,
  );
  for (const dir of p.extraReadOnly) args.push("--ro-bind-try", dir, dir);
  args.push("--chdir", SANDBOX_TASK_ROOT, "--");
  return args;
}
