import { createHash } from "node:crypto";
import type { VersionRecord } from "../store/records.js";
import { functionArn, type NameContext } from "./arn.js";

export function codeSha256Base64(hex: string): string {
  return Buffer.from(hex, "hex").toString("base64");
}

/** `YYYY-MM-DDThh:mm:ss.sss+0000`, the only date format Lambda uses here (facts §1.3). */
export function lastModifiedNow(): string {
  return new Date().toISOString().replace("Z", "+0000");
}

const runtimeArnCache = new Map<string, string>();
function runtimeVersionArn(region: string, runtime: string): string {
  const key = `${region}/${runtime}`;
  let arn = runtimeArnCache.get(key);
  if (!arn) {
    const digest = createHash("sha256").update(`functionary:${runtime}`).digest("hex");
    arn = `arn:aws:lambda:${region}::runtime:${digest}`;
    runtimeArnCache.set(key, arn);
  }
  return arn;
}

export interface ViewOptions {
  /** Qualifier shown in FunctionArn: none for $LATEST in Create/Get/Update responses. */
  arnQualifier?: string;
  /** ListFunctions / ListVersionsByFunction items omit state fields (facts §1.3). */
  listItem?: boolean;
}

/** Renders a stored version as AWS's FunctionConfiguration, keys in AWS's (alphabetical) order. */
export function renderConfiguration(
  v: VersionRecord,
  ctx: NameContext,
  opts: ViewOptions = {},
): Record<string, unknown> {
  const c = v.config;
  const out: Record<string, unknown> = {
    Architectures: c.Architectures,
    CodeSha256: codeSha256Base64(v.codeSha),
    CodeSize: v.codeSize,
  };
  if (c.DeadLetterConfig) out.DeadLetterConfig = c.DeadLetterConfig;
  out.Description = c.Description;
  if (c.Environment) out.Environment = c.Environment;
  out.EphemeralStorage = c.EphemeralStorage;
  out.FunctionArn = functionArn(ctx, v.name, opts.arnQualifier);
  out.FunctionName = v.name;
  if (c.Handler !== undefined) out.Handler = c.Handler;
  if (c.KMSKeyArn) out.KMSKeyArn = c.KMSKeyArn;
  out.LastModified = v.lastModified;
  if (!opts.listItem && v.lastUpdateStatus) {
    out.LastUpdateStatus = v.lastUpdateStatus;
    if (v.lastUpdateStatus === "InProgress") {
      // Recorded exactly like this for updates in Nov 2025 (facts §1.3).
      out.LastUpdateStatusReason = "The function is being created.";
      out.LastUpdateStatusReasonCode = "Creating";
    }
  }
  out.LoggingConfig = c.LoggingConfig;
  out.MemorySize = c.MemorySize;
  out.PackageType = c.PackageType;
  out.RevisionId = v.revisionId;
  out.Role = c.Role;
  if (c.Runtime !== undefined) out.Runtime = c.Runtime;
  if (!opts.listItem && c.Runtime !== undefined) {
    out.RuntimeVersionConfig = { RuntimeVersionArn: runtimeVersionArn(ctx.region, c.Runtime) };
  }
  out.SnapStart = { ApplyOn: "None", OptimizationStatus: "Off" };
  if (!opts.listItem) {
    out.State = v.state;
    if (v.state === "Pending") {
      out.StateReason = "The function is being created.";
      out.StateReasonCode = "Creating";
    }
  }
  out.Timeout = c.Timeout;
  out.TracingConfig = c.TracingConfig;
  out.Version = v.version;
  if (c.VpcConfig) out.VpcConfig = c.VpcConfig;
  return out;
}
