import { describe, expect, it } from "vitest";
import { initStartLine, logStreamName, reportLine } from "./log-format.js";
import { exitReason } from "./platform-errors.js";

const base = {
  requestId: "id",
  functionName: "f",
  version: "$LATEST",
  region: "us-east-1",
  logGroupName: "/aws/lambda/f",
  logStreamName: "s",
  startedAt: 0,
  durationMs: 3.014,
  billedDurationMs: 4,
  memorySizeMB: 128,
  maxMemoryUsedMB: 36,
};

describe("platform log lines (facts §4.4)", () => {
  it("writes REPORT tab-separated with a trailing tab", () => {
    expect(reportLine({ ...base, initDurationMs: 110.1 })).toBe(
      "REPORT RequestId: id\tDuration: 3.01 ms\tBilled Duration: 4 ms\tMemory Size: 128 MB\tMax Memory Used: 36 MB\tInit Duration: 110.10 ms\t\n",
    );
    expect(reportLine({ ...base, status: "timeout", errorType: "Sandbox.Timedout" })).toMatch(
      /Used: 36 MB\tStatus: timeout\t\n$/,
    );
    expect(reportLine({ ...base, status: "error", errorType: "Runtime.OutOfMemory" })).toMatch(
      /\tStatus: error\tError Type: Runtime\.OutOfMemory\t\n$/,
    );
  });

  it("names runtimes and streams like AWS", () => {
    expect(initStartLine("python3.12", "eu-west-1")).toMatch(
      /^INIT_START Runtime Version: python:3\.12\.v1\tRuntime Version ARN: arn:aws:lambda:eu-west-1::runtime:[0-9a-f]{64}\n$/,
    );
    expect(initStartLine("provided.al2023", "us-east-1")).toContain("provided:al2023.v1");
    expect(logStreamName("3", "a".repeat(32), new Date("2026-02-03T00:00:00Z"))).toBe(
      `2026/02/03/[3]${"a".repeat(32)}`,
    );
  });

  it("words exits like AWS's platform", () => {
    expect(exitReason(0, null, false)).toBe("Runtime exited without providing a reason");
    expect(exitReason(127, null, false)).toBe("Runtime exited with error: exit status 127");
    expect(exitReason(null, "SIGKILL", false)).toBe("Runtime exited with error: signal: killed");
    expect(exitReason(139, null, true)).toBe(
      "Runtime exited with error: signal: segmentation fault",
    );
  });
});
