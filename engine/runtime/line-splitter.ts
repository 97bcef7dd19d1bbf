/** A line longer than this is cut, like CloudWatch's 256 KB event limit. */
const MAX_LINE_BYTES = 256 * 1024;

/**
 * Splits a runtime's stdout/stderr into log lines with bounded memory: a process that prints
 * megabytes without a newline, or binary garbage, costs at most one line's worth of buffer.
 * `\r` inside a line is how runtimes keep a multi-line message in one event (facts §4.4); it
 * becomes `\n` in the event text.
 */
export class LineSplitter {
  private partial: Buffer[] = [];
  private partialBytes = 0;

  constructor(private readonly emit: (message: string) => void) {}

  push(chunk: Buffer): void {
    let start = 0;
    for (;;) {
      const nl = chunk.indexOf(10, start);
      if (nl < 0) break;
      this.line(chunk.subarray(start, nl));
      start = nl + 1;
    }
    if (start < chunk.length) this.keep(chunk.subarray(start));
  }

  /** Emits whatever is pending (the process ended or the invocation is being closed). */
  flush(): void {
    if (this.partialBytes > 0) this.line(Buffer.alloc(0));
  }

  private keep(rest: Buffer): void {
    this.partial.push(rest);
    this.partialBytes += rest.length;
    if (this.partialBytes >= MAX_LINE_BYTES) this.line(Buffer.alloc(0));
  }

  private line(tail: Buffer): void {
    let bytes = tail;
    if (this.partialBytes > 0) {
      this.partial.push(tail);
      bytes = Buffer.concat(this.partial);
      this.partial = [];
      this.partialBytes = 0;
    }
    if (bytes.length > MAX_LINE_BYTES) bytes = bytes.subarray(0, MAX_LINE_BYTES);
    let text = bytes.toString("utf8");
    if (text.endsWith("\r")) text = text.slice(0, -1);
    if (text.includes("\r")) text = text.replace(/\r/g, "\n");
    this.emit(text + "\n");
  }
}
