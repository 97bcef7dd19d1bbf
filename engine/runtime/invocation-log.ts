import type { LogLine } from "./types.js";

/** Per invocation, at most this much log text is kept for the store (the rest is counted). */
const MAX_STORED_BYTES = 1024 * 1024;
/** `LogType: Tail` returns the last 4 KB (facts §1.4). */
const TAIL_BYTES = 4096;

/**
 * The log lines of one invocation, bounded: the first megabyte is kept for the store, and a
 * rolling window keeps the newest lines for the 4 KB tail, whatever the function prints.
 */
export class InvocationLog {
  readonly lines: LogLine[] = [];
  private stored = 0;
  private dropped = 0;
  private recent: string[] = [];
  private recentBytes = 0;

  add(message: string, timestamp = Date.now()): void {
    const size = message.length;
    if (this.stored + size <= MAX_STORED_BYTES) {
      this.lines.push({ timestamp, message });
      this.stored += size;
    } else {
      this.dropped += size;
    }
    this.recent.push(message);
    this.recentBytes += size;
    while (
      this.recentBytes - (this.recent[0]?.length ?? 0) >= TAIL_BYTES &&
      this.recent.length > 1
    ) {
      this.recentBytes -= this.recent.shift()?.length ?? 0;
    }
  }

  /** Adds a note when output was dropped; call once before END. */
  sealOverflow(): void {
    if (this.dropped === 0) return;
    const note = `[functionary] ${this.dropped} characters of output were not stored (limit ${MAX_STORED_BYTES} per invocation)\n`;
    this.lines.push({ timestamp: Date.now(), message: note });
    this.dropped = 0;
  }

  /** Base64 of the last 4 KB of this invocation's log text. */
  tail(): string {
    const bytes = Buffer.from(this.recent.join(""), "utf8");
    return bytes.subarray(Math.max(0, bytes.length - TAIL_BYTES)).toString("base64");
  }
}
