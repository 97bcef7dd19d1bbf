import { CreateFunctionCommand } from "@aws-sdk/client-lambda";
import { TEST_ROLE, zip, type TestEngine } from "./test-engine.js";

/** The smallest Node.js package: enough for control-plane tests that never look at the result. */
export const TRIVIAL_PACKAGE = zip({ "index.js": "exports.handler = async () => 1;" });

/** Creates a Node.js function from `pkg` and waits until it is Active. */
export async function createReadyFunction(
  t: TestEngine,
  name: string,
  pkg: Uint8Array = TRIVIAL_PACKAGE,
): Promise<void> {
  await t.lambda.send(
    new CreateFunctionCommand({
      FunctionName: name,
      Role: TEST_ROLE,
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Code: { ZipFile: pkg },
    }),
  );
  await t.waitReady(name);
}

/** The error a call fails with; fails the test when the call succeeds. */
export async function rejectionOf(call: Promise<unknown>): Promise<unknown> {
  return call.then(
    () => {
      throw new Error("expected a failure");
    },
    (e: unknown) => e,
  );
}
