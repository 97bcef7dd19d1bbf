/** DTOs the server hands to client components (through route handlers or props). */
import type { EnvVar } from "@/lib/schemas/environment";
import type { FileKind } from "@/lib/zip/package";

export type FunctionSummary = {
  name: string;
  runtime: string;
  memorySize: number;
  timeout: number;
  lastModified: string;
  description: string;
  /** The `team` tag; null when unassigned; undefined in the list until tags are loaded. */
  team?: string | null;
};

export type FunctionDetail = FunctionSummary & {
  team: string | null;
  arn: string;
  handler: string;
  revisionId: string;
  codeSha256: string;
  codeSize: number;
  state: string;
  stateReason: string | null;
  lastUpdateStatus: string;
  lastUpdateStatusReason: string | null;
  environment: EnvVar[];
  /** Tags other than `team`. */
  tags: { key: string; value: string }[];
  reservedConcurrency: number | null;
};

export type CodeFile =
  | { path: string; kind: "text"; size: number; content: string }
  | { path: string; kind: Exclude<FileKind, "text">; size: number };

export type FunctionCode = {
  revisionId: string;
  codeSha256: string;
  handler: string;
  runtime: string;
  files: CodeFile[];
};

export type ConnectionStatus = {
  kind: "engine" | "aws";
  label: string;
  /** The Lambda endpoint when it is not AWS's own (the engine's, or a configured one). */
  endpoint: string | null;
  region: string;
  account: string | null;
  ok: boolean;
  latencyMs: number | null;
  message: string | null;
};
