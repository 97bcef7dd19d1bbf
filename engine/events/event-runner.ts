import { InvokeTargets } from "../control/invoke-targets.js";
import { ResourceNotFoundError, TooManyRequestsError } from "../errors.js";
import type { ExecutionPool } from "../runtime/types.js";
import type { AttemptOutcome } from "./event-queue.js";
import type { StoredEvent } from "./event-store.js";

/**
 * One attempt of a stored Event invocation: resolved afresh (an alias may have moved, the
 * function may be gone) and run through the same pool as synchronous invokes.
 */
export function eventRunner(targets: InvokeTargets, pool: ExecutionPool) {
  return async (event: StoredEvent): Promise<AttemptOutcome> => {
    let entry;
    try {
      entry = await targets.resolve(event.region, event.name, event.qualifier ?? undefined);
    } catch (err) {
      if (err instanceof ResourceNotFoundError) return "gone";
      throw err;
    }
    const target = InvokeTargets.pick(entry);
    if (target.pending) return "throttled";
    try {
      const result = await pool.invoke(target.snapshot, {
        requestId: event.id,
        payload: event.payload,
        invokedFunctionArn: entry.invokedArn,
        tail: false,
        invocationType: "Event",
      });
      return result.functionError ? "function-error" : "success";
    } catch (err) {
      if (err instanceof TooManyRequestsError) return "throttled";
      throw err;
    }
  };
}
