import { timeoutMessage } from "./log-format.js";

/** Largest response a runtime may post (6 MiB + 100 bytes, facts §1.4). */
export const MAX_RESPONSE_BYTES = 6291556;

/** Go's signal names, which AWS's platform (Go) prints in `signal: …`. */
const SIGNAL_TEXT: Record<string, string> = {
  SIGKILL: "killed",
  SIGABRT: "aborted",
  SIGSEGV: "segmentation fault",
  SIGTERM: "terminated",
  SIGBUS: "bus error",
  SIGILL: "illegal instruction",
  SIGFPE: "floating point exception",
  SIGINT: "interrupt",
  SIGHUP: "hangup",
  SIGQUIT: "quit",
  SIGPIPE: "broken pipe",
  SIGTRAP: "trace/breakpoint trap",
  SIGUSR1: "user defined signal 1",
  SIGUSR2: "user defined signal 2",
};
const SIGNAL_BY_NUMBER: Record<number, string> = {
  1: "SIGHUP",
  2: "SIGINT",
  3: "SIGQUIT",
  4: "SIGILL",
  5: "SIGTRAP",
  6: "SIGABRT",
  7: "SIGBUS",
  8: "SIGFPE",
  9: "SIGKILL",
  10: "SIGUSR1",
  11: "SIGSEGV",
  12: "SIGUSR2",
  13: "SIGPIPE",
  15: "SIGTERM",
};

export interface PlatformError {
  errorType: string;
  errorMessage: string;
}

export const json = (e: PlatformError) =>
  Buffer.from(JSON.stringify({ errorType: e.errorType, errorMessage: e.errorMessage }));

export const timedOut = (requestId: string, timeout: number): PlatformError => ({
  errorType: "Sandbox.Timedout",
  errorMessage: timeoutMessage(requestId, timeout),
});

/**
 * `Runtime exited without providing a reason` / `… with error: exit status N` / `… signal: killed`.
 * Under bubblewrap a signal death arrives as exit status 128+N.
 */
export function exitReason(code: number | null, signal: string | null, viaBwrap: boolean): string {
  let sig = signal;
  if (!sig && viaBwrap && code !== null && code > 128) sig = SIGNAL_BY_NUMBER[code - 128] ?? null;
  if (sig) return `Runtime exited with error: signal: ${SIGNAL_TEXT[sig] ?? sig}`;
  if (!code) return "Runtime exited without providing a reason";
  return `Runtime exited with error: exit status ${code}`;
}

export const exited = (requestId: string, reason: string): PlatformError => ({
  errorType: "Runtime.ExitError",
  errorMessage: `RequestId: ${requestId} Error: ${reason}`,
});

export const outOfMemory = (requestId: string): PlatformError => ({
  errorType: "Runtime.OutOfMemory",
  errorMessage: `RequestId: ${requestId} Error: Runtime exited with error: signal: killed`,
});

export const responseTooLarge: PlatformError = {
  errorType: "Function.ResponseSizeTooLarge",
  errorMessage: `Response payload size exceeded maximum allowed payload size (${MAX_RESPONSE_BYTES} bytes).`,
};

/** AWS puts errorMessage first in this one body (facts §1.4). */
export const responseTooLargeBody = () =>
  Buffer.from(
    JSON.stringify({
      errorMessage: responseTooLarge.errorMessage,
      errorType: responseTooLarge.errorType,
    }),
  );
