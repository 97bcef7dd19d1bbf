import { EventStore, type StoredEvent } from "./event-store.js";

/** How one attempt ended, as the queue needs to know it. */
export type AttemptOutcome = "success" | "function-error" | "throttled" | "gone";

export interface EventQueueOptions {
  /** Delays before the two retries of a function error; AWS waits about 1 then 2 minutes. */
  retryDelaysMs: number[];
  /** Events older than this are dropped (AWS default maximum event age: 6 hours). */
  maxEventAgeMs: number;
  /** First delay after a throttle or engine error; doubles up to 5 minutes as AWS backs off. */
  throttleDelayMs: number;
  maxInFlight: number;
}

export const defaultEventQueueOptions: EventQueueOptions = {
  retryDelaysMs: [60_000, 120_000],
  maxEventAgeMs: 6 * 3600_000,
  throttleDelayMs: 1_000,
  maxInFlight: 16,
};

const MAX_THROTTLE_DELAY_MS = 5 * 60_000;

/**
 * Runs accepted Event invocations in the background with Lambda's retry policy: two retries
 * after a function error, throttles and engine errors retried with back-off until the maximum
 * event age. Rows are removed only after the final outcome, so a restart resumes them.
 */
export class EventQueue {
  private readonly running = new Map<string, Promise<void>>();
  private timer: NodeJS.Timeout | undefined;
  private stopped = false;
  private readonly throttles = new Map<string, number>();

  constructor(
    private readonly store: EventStore,
    private readonly run: (event: StoredEvent) => Promise<AttemptOutcome>,
    private readonly options: EventQueueOptions = defaultEventQueueOptions,
  ) {}

  start(): void {
    this.store.releaseLeases();
    this.pump();
  }

  /** Persists the event; it is durable when this returns (before the caller answers 202). */
  enqueue(event: {
    id: string;
    region: string;
    name: string;
    qualifier: string | null;
    payload: Buffer;
  }): void {
    const now = Date.now();
    this.store.insert({ ...event, nextAttemptAt: now, createdAt: now });
    if (this.running.size < this.options.maxInFlight) setImmediate(() => this.pump());
  }

  pending(): number {
    return this.store.count();
  }

  private pump(): void {
    if (this.stopped) return;
    const free = this.options.maxInFlight - this.running.size;
    if (free > 0) {
      for (const event of this.store.takeDue(Date.now(), free)) {
        const p = this.attempt(event).finally(() => {
          this.running.delete(event.id);
          this.pump();
        });
        this.running.set(event.id, p);
      }
    }
    this.arm();
  }

  private arm(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = undefined;
    if (this.stopped) return;
    const next = this.store.nextDue();
    if (next === null) return;
    this.timer = setTimeout(() => this.pump(), Math.max(0, next - Date.now()));
    this.timer.unref();
  }

  private async attempt(event: StoredEvent): Promise<void> {
    let outcome: AttemptOutcome;
    try {
      outcome = await this.run(event);
    } catch (err) {
      console.error(`[engine] event ${event.id} for ${event.name} failed to run:`, err);
      outcome = "throttled";
    }
    const now = Date.now();
    const expired = now - event.createdAt >= this.options.maxEventAgeMs;
    if (outcome === "success" || outcome === "gone") {
      this.finish(event.id);
    } else if (outcome === "function-error") {
      const delay = this.options.retryDelaysMs[event.attempts];
      if (delay === undefined || expired) this.finish(event.id);
      else this.store.retry(event.id, event.attempts + 1, now + delay);
    } else if (expired) {
      this.finish(event.id);
    } else {
      const delay = Math.min(
        (this.throttles.get(event.id) ?? this.options.throttleDelayMs / 2) * 2,
        MAX_THROTTLE_DELAY_MS,
      );
      this.throttles.set(event.id, delay);
      this.store.retry(event.id, event.attempts, now + delay);
    }
  }

  private finish(id: string): void {
    this.throttles.delete(id);
    this.store.remove(id);
  }

  /** Stops taking events and waits for the attempts in flight to be recorded. */
  async stop(): Promise<void> {
    this.stopped = true;
    if (this.timer) clearTimeout(this.timer);
    await Promise.allSettled([...this.running.values()]);
  }
}
