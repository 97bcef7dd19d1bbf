import { afterAll, describe, expect, it } from "vitest";
import { createPoolFixture } from "./testing/pool-fixture.js";

const f = createPoolFixture();
afterAll(() => f.close());

// https://docs.aws.amazon.com/lambda/latest/dg/runtimes-walkthrough.html, unchanged.
const TUTORIAL_BOOTSTRAP = `!#!/bin/sh
set -euo pipefail

# Initialization - load function handler
source $LAMBDA_TASK_ROOT/"$(echo $_HANDLER | cut -d. -f1).sh"

# Processing
while true
do
  HEADERS="$(mktemp)"
  # Get an event. The HTTP request will block until one is received
  EVENT_DATA=$(curl -sS -LD "$HEADERS" "http://\${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/next")

  # Extract request ID by scraping response headers received above
  REQUEST_ID=$(grep -Fi Lambda-Runtime-Aws-Request-Id "$HEADERS" | tr -d '[:space:]' | cut -d: -f2)

  # Run the handler function from the script
  RESPONSE=$($(echo "$_HANDLER" | cut -d. -f2) "$EVENT_DATA")

  # Send the response
  curl "http://\${AWS_LAMBDA_RUNTIME_API}/2018-06-01/runtime/invocation/$REQUEST_ID/response"  -d "$RESPONSE"
done
`;
const TUTORIAL_FUNCTION = `function handler () {
  EVENT_DATA=$1

  RESPONSE="Echoing request: '$EVENT_DATA'"

  echo $RESPONSE
}
`;

describe("provided runtimes", () => {
  it("runs AWS's custom-runtime tutorial bootstrap (bash + curl) unchanged, warm", async () => {
    const fn = f.fn("tutorial", "provided.al2023", "function.handler", {
      bootstrap: TUTORIAL_BOOTSTRAP,
      "function.sh": TUTORIAL_FUNCTION,
    });
    const r = await f.invoke(fn, { key: "value" });
    expect(r.functionError).toBeUndefined();
    expect(r.payload.toString()).toBe(`Echoing request: '{"key":"value"}'`);
    const again = await f.invoke(fn, { n: 2 });
    expect(again.payload.toString()).toBe(`Echoing request: '{"n":2}'`);
    expect(again.report.initDurationMs).toBeUndefined();
  });

  it("fails with Runtime.InvalidEntrypoint without an executable bootstrap", async () => {
    const fn = f.fn("nobootstrap", "provided.al2", "x.y", { README: "nothing" });
    const r = await f.invoke(fn);
    expect(r.functionError).toBe("Unhandled");
    expect(JSON.parse(r.payload.toString())).toMatchObject({
      errorType: "Runtime.InvalidEntrypoint",
    });
  });
});
