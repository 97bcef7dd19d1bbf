/** Shapes of what the store keeps. Configuration is kept in AWS's own field names. */

export interface StoredConfig {
  Runtime?: string;
  Handler?: string;
  Role: string;
  Description: string;
  MemorySize: number;
  Timeout: number;
  Environment?: { Variables: Record<string, string> };
  Architectures: string[];
  EphemeralStorage: { Size: number };
  TracingConfig: { Mode: string };
  LoggingConfig: Record<string, string>;
  PackageType: string;
  Layers?: unknown[];
  DeadLetterConfig?: { TargetArn?: string };
  KMSKeyArn?: string;
  VpcConfig?: unknown;
}

export type FunctionState = "Pending" | "Active";
export type UpdateStatus = "InProgress" | "Successful";

export interface PolicyStatement {
  Sid: string;
  [key: string]: unknown;
}

/** One row per function ($LATEST and each published version share the function's identity). */
export interface FunctionRecord {
  region: string;
  name: string;
  /** Highest version number ever published (numbers are never reused). */
  lastVersion: number;
  reservedConcurrency: number | null;
  tags: Record<string, string>;
}

export interface VersionRecord {
  region: string;
  name: string;
  /** `$LATEST` or `"1"`, `"2"`, … */
  version: string;
  config: StoredConfig;
  /** Hex SHA-256 of the code blob. */
  codeSha: string;
  codeSize: number;
  revisionId: string;
  /** Changes only when code or configuration changes: execution environments key on it. */
  codeRevision: string;
  lastModified: string;
  state: FunctionState;
  /** Absent right after CreateFunction (facts §1.3). */
  lastUpdateStatus: UpdateStatus | null;
  policy: PolicyStatement[] | null;
}

export interface AliasRecord {
  region: string;
  name: string;
  alias: string;
  functionVersion: string;
  description: string;
  /** AdditionalVersionWeights, when set. */
  weights: Record<string, number> | null;
  revisionId: string;
  policy: PolicyStatement[] | null;
}
