import type { ExecutionPool } from "../runtime/types.js";
import type { CodeStore } from "../store/code-store.js";
import type { FunctionStore } from "../store/function-store.js";
import type { StateTransitions } from "./state-transitions.js";

/** What every control-plane service needs; built once by app.ts. */
export interface ControlContext {
  store: FunctionStore;
  code: CodeStore;
  accountId: string;
  accountConcurrency: number;
  pool: ExecutionPool;
  transitions: StateTransitions;
  /** Called after any change to a function so cached invoke snapshots are dropped. */
  changed(region: string, name: string): void;
  /** A URL on the engine that serves the exact zip (GetFunction Code.Location). */
  codeLocation(sha256: string): string;
}
