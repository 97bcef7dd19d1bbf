import {
  CreateFunctionCommand,
  DeleteFunctionCommand,
  GetFunctionCommand,
  InvokeCommand,
  LambdaClient,
  waitUntilFunctionUpdatedV2,
} from "@aws-sdk/client-lambda";
import { test as base, expect } from "@playwright/test";
import { buildPackage, textEntry, type PackageEntry } from "../lib/zip/package";
import { getTemplate } from "../lib/templates/catalog";

const ENGINE_PORT = Number(process.env.E2E_ENGINE_PORT ?? 9101);

/** The SDK straight at the engine: how tests arrange state and check what the console did. */
export function engineClient() {
  return new LambdaClient({
    endpoint: `http://127.0.0.1:${ENGINE_PORT}`,
    region: "us-east-1",
    credentials: { accessKeyId: "test", secretAccessKey: "test" },
    maxAttempts: 1,
    requestHandler: { requestTimeout: 30_000, connectionTimeout: 3_000 },
  });
}

export const uniqueName = (prefix: string) =>
  `e2e-${prefix}-${Date.now().toString(36)}${Math.random().toString(36).slice(2, 6)}`;

type Fixtures = {
  lambda: LambdaClient;
  /** Creates a function through the SDK (from a template or raw entries); deleted after the test. */
  makeFunction: (opts: {
    template?: string;
    entries?: PackageEntry[];
    runtime?: string;
    handler?: string;
    prefix?: string;
    /** Set at creation: the console caches tags (lib/data/tags.ts), so a later tag may not show. */
    tags?: Record<string, string>;
  }) => Promise<string>;
  /** Names of functions the test created through the UI, so they are cleaned up too. */
  track: (name: string) => string;
};

export const test = base.extend<Fixtures>({
  lambda: async ({}, provide) => {
    const client = engineClient();
    await provide(client);
    client.destroy();
  },
  track: async ({ lambda }, provide) => {
    const names = new Set<string>();
    await provide((name) => (names.add(name), name));
    for (const name of names)
      await lambda.send(new DeleteFunctionCommand({ FunctionName: name })).catch(() => {});
  },
  makeFunction: async ({ lambda, track }, provide) => {
    await provide(
      async ({
        template = "hello-world-nodejs",
        entries,
        runtime,
        handler,
        prefix = "fn",
        tags,
      }) => {
        const t = getTemplate(template);
        if (!t) throw new Error(`no template ${template}`);
        const name = track(uniqueName(prefix));
        await lambda.send(
          new CreateFunctionCommand({
            FunctionName: name,
            Runtime: (runtime ?? t.runtime) as never,
            Handler: handler ?? t.handler,
            Role: "arn:aws:iam::000000000000:role/e2e",
            Tags: tags,
            Code: {
              ZipFile: buildPackage(entries ?? t.files.map((f) => textEntry(f.path, f.content))),
            },
          }),
        );
        await waitUntilFunctionUpdatedV2(
          { client: lambda, maxWaitTime: 30 },
          { FunctionName: name },
        ).catch(() => {});
        return name;
      },
    );
  },
});

/** Invokes through the SDK and returns the parsed JSON result. */
export async function invoke(
  lambda: LambdaClient,
  name: string,
  event: unknown = {},
): Promise<unknown> {
  const out = await lambda.send(
    new InvokeCommand({
      FunctionName: name,
      Payload: new TextEncoder().encode(JSON.stringify(event)),
    }),
  );
  const text = new TextDecoder().decode(out.Payload ?? new Uint8Array());
  if (out.FunctionError) throw new Error(`${out.FunctionError}: ${text}`);
  return text ? JSON.parse(text) : null;
}

/** Waits until a deploy or config change has finished (LastUpdateStatus Successful). */
export async function settled(lambda: LambdaClient, name: string) {
  await expect
    .poll(
      async () =>
        (await lambda.send(new GetFunctionCommand({ FunctionName: name }))).Configuration
          ?.LastUpdateStatus,
      { timeout: 30_000 },
    )
    .toBe("Successful");
}

export { expect };
