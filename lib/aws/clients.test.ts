import { GetFunctionCommand } from "@aws-sdk/client-lambda";
import net, { type AddressInfo } from "node:net";
import { afterAll, beforeAll, expect, it, vi } from "vitest";

// A backend that takes the connection and never answers: a stopped (SIGSTOP) or wedged engine.
const sockets = new Set<net.Socket>();
const silent = net.createServer((socket) => {
  sockets.add(socket);
  socket.on("error", () => {});
});

beforeAll(async () => {
  await new Promise<void>((resolve) => silent.listen(0, "127.0.0.1", resolve));
  const { port } = silent.address() as AddressInfo;
  vi.stubEnv("FUNCTIONARY_ENGINE_URL", `http://127.0.0.1:${port}`);
  vi.stubEnv("FUNCTIONARY_REQUEST_TIMEOUT_MS", "300");
});

afterAll(async () => {
  vi.unstubAllEnvs();
  for (const s of sockets) s.destroy();
  await new Promise((resolve) => silent.close(resolve));
});

it("gives up on a backend that never answers and reports it as unavailable", async () => {
  const { lambdaClient } = await import("./clients");
  const { toActionError } = await import("./errors");
  const error = await lambdaClient()
    .send(new GetFunctionCommand({ FunctionName: "anything" }))
    .then(
      () => undefined,
      (e: unknown) => e,
    );
  // Without throwOnRequestTimeout the call never settles, and this test runs into its timeout.
  expect(sockets.size).toBeGreaterThan(0);
  expect(toActionError(error)).toMatchObject({ code: "backend_unavailable" });
});
