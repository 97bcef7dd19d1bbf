import type { StoredConfig } from "../store/records.js";
import type { ConfigInput } from "./validate-function-config.js";

/** AWS's LoggingConfig defaults: Text to `/aws/lambda/<name>`; JSON adds INFO log levels. */
function loggingConfig(
  name: string,
  input: Record<string, string> | undefined,
  prev?: Record<string, string>,
) {
  const format = input?.LogFormat ?? prev?.LogFormat ?? "Text";
  const out: Record<string, string> = {};
  if (format === "JSON") {
    out.ApplicationLogLevel = input?.ApplicationLogLevel ?? prev?.ApplicationLogLevel ?? "INFO";
  }
  out.LogFormat = format;
  out.LogGroup = input?.LogGroup ?? prev?.LogGroup ?? `/aws/lambda/${name}`;
  if (format === "JSON")
    out.SystemLogLevel = input?.SystemLogLevel ?? prev?.SystemLogLevel ?? "INFO";
  return out;
}

/** Applies the configuration members present in `body` over `base` (Create starts from defaults). */
export function mergeConfig(name: string, body: ConfigInput, base?: StoredConfig): StoredConfig {
  const c: StoredConfig = base
    ? { ...base }
    : {
        Role: "",
        Description: "",
        MemorySize: 128,
        Timeout: 3,
        Architectures: ["x86_64"],
        EphemeralStorage: { Size: 512 },
        TracingConfig: { Mode: "PassThrough" },
        LoggingConfig: {},
        PackageType: "Zip",
      };
  const b = body as Partial<StoredConfig>;
  if (b.Role !== undefined) c.Role = b.Role;
  if (b.Runtime !== undefined) c.Runtime = b.Runtime;
  if (b.Handler !== undefined) c.Handler = b.Handler;
  if (b.Description !== undefined) c.Description = b.Description;
  if (b.MemorySize !== undefined) c.MemorySize = b.MemorySize;
  if (b.Timeout !== undefined) c.Timeout = b.Timeout;
  if (b.Architectures !== undefined) c.Architectures = b.Architectures;
  if (b.EphemeralStorage !== undefined) c.EphemeralStorage = b.EphemeralStorage;
  if (body.Environment !== undefined) {
    c.Environment = {
      Variables: (body.Environment as { Variables?: Record<string, string> }).Variables ?? {},
    };
  }
  if (body.TracingConfig !== undefined) {
    c.TracingConfig = { Mode: (body.TracingConfig as { Mode?: string }).Mode ?? "PassThrough" };
  }
  if (b.DeadLetterConfig !== undefined) c.DeadLetterConfig = b.DeadLetterConfig;
  if (b.KMSKeyArn !== undefined) c.KMSKeyArn = b.KMSKeyArn || undefined;
  c.LoggingConfig = loggingConfig(
    name,
    body.LoggingConfig as Record<string, string>,
    base?.LoggingConfig,
  );
  return c;
}
