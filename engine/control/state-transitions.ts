import { randomUUID } from "node:crypto";
import type { FunctionStore } from "../store/function-store.js";

/**
 * Lambda's asynchronous transitions: a new function goes Pending → Active and an update goes
 * LastUpdateStatus InProgress → Successful shortly after the call, each with a new RevisionId
 * (facts §1.3). Transitions interrupted by a restart complete when the engine starts.
 */
export class StateTransitions {
  private readonly timers = new Set<NodeJS.Timeout>();

  constructor(
    private readonly store: FunctionStore,
    private readonly delayMs: number,
    private readonly changed: (region: string, name: string) => void,
  ) {}

  schedule(region: string, name: string, version: string): void {
    const timer = setTimeout(() => {
      this.timers.delete(timer);
      this.settle(region, name, version);
    }, this.delayMs);
    timer.unref();
    this.timers.add(timer);
  }

  /** Completes every transition left unfinished by a previous run. */
  resume(): void {
    for (const v of this.store.unsettled()) this.settle(v.region, v.name, v.version);
  }

  private settle(region: string, name: string, version: string): void {
    this.store.tx(() => {
      const v = this.store.getVersion(region, name, version);
      if (!v || (v.state === "Active" && v.lastUpdateStatus === "Successful")) return;
      this.store.putVersion({
        ...v,
        state: "Active",
        lastUpdateStatus: "Successful",
        revisionId: randomUUID(),
      });
    });
    this.changed(region, name);
  }

  close(): void {
    for (const t of this.timers) clearTimeout(t);
    this.timers.clear();
  }
}
