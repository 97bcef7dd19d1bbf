import {
  GetFunctionConfigurationCommand,
  InvokeCommand,
  ListFunctionsCommand,
  ListTagsCommand,
} from "@aws-sdk/client-lambda";
import net from "node:net";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import {
  createReadyFunction,
  startTestEngine,
  TRIVIAL_PACKAGE,
  type TestEngine,
} from "../testing/index.js";

// "No request, however malformed, crashes the engine or corrupts stored state": hand-written
// malformed requests with the answers AWS gives, then seeded random mutations of valid requests.
// After each batch the engine still answers and a canary function is exactly as it was.

let t: TestEngine;
let canary: Record<string, unknown>;
beforeAll(async () => {
  t = await startTestEngine();
  await createReadyFunction(t, "canary");
  // What the random mutations aim at (some of them are valid updates): never the canary.
  await createReadyFunction(t, "target");
  canary = await configOf("canary");
});
afterAll(async () => {
  await t?.close();
});

async function configOf(name: string) {
  const c = await t.lambda.send(new GetFunctionConfigurationCommand({ FunctionName: name }));
  const { $metadata: _, ...rest } = c;
  return rest as Record<string, unknown>;
}

/** Sends raw bytes and returns the status code Node's client would see, or "closed". */
function raw(bytes: Buffer | string): Promise<{ status: number | "closed"; text: string }> {
  const { port } = new URL(t.url);
  return new Promise((resolve) => {
    const socket = net.connect(Number(port), "127.0.0.1");
    const chunks: Buffer[] = [];
    socket.setTimeout(5_000, () => socket.destroy());
    socket.on("data", (c) => {
      chunks.push(c);
      // One response is enough; the engine may keep the connection open.
      const text = Buffer.concat(chunks).toString("latin1");
      const head = text.indexOf("\r\n\r\n");
      const length = /content-length: (\d+)/i.exec(text)?.[1];
      if (head >= 0 && length !== undefined && text.length >= head + 4 + Number(length))
        socket.end();
    });
    socket.on("error", () => {});
    socket.on("close", () => {
      const text = Buffer.concat(chunks).toString("utf8");
      const m = /^HTTP\/1\.1 (\d{3})/.exec(text);
      resolve({ status: m ? Number(m[1]) : "closed", text });
    });
    socket.end(bytes);
  });
}

const request = (method: string, path: string, body = "", headers: Record<string, string> = {}) =>
  fetch(`${t.url}${path}`, {
    method,
    body: method === "GET" || method === "DELETE" ? undefined : body,
    headers: { "content-type": "application/json", ...headers },
  });

async function stillHealthy() {
  const list = await t.lambda.send(new ListFunctionsCommand({}));
  expect(list.Functions?.some((f) => f.FunctionName === "canary")).toBe(true);
  expect(await configOf("canary")).toEqual(canary);
  const tags = await t.lambda.send(
    new ListTagsCommand({ Resource: "arn:aws:lambda:us-east-1:000000000000:function:canary" }),
  );
  expect(tags.Tags).toEqual({});
  const out = await t.lambda.send(new InvokeCommand({ FunctionName: "canary" }));
  expect(out.FunctionError).toBeUndefined();
  expect(Buffer.from(out.Payload!).toString()).toBe("1");
}

const FN = "/2015-03-31/functions";

describe("malformed requests get AWS's errors and change nothing", () => {
  it.each([
    ["CreateFunction with a body that is not JSON", "POST", `${FN}`, "{nope", 400],
    ["CreateFunction with a JSON array", "POST", `${FN}`, "[1,2]", 400],
    ["CreateFunction with a JSON string", "POST", `${FN}`, '"x"', 400],
    [
      "CreateFunction with MemorySize as text",
      "POST",
      `${FN}`,
      '{"FunctionName":"m","MemorySize":"big"}',
      400,
    ],
    ["CreateFunction with Code as a number", "POST", `${FN}`, '{"FunctionName":"m","Code":7}', 400],
    [
      "CreateFunction with ZipFile not base64",
      "POST",
      `${FN}`,
      JSON.stringify({
        FunctionName: "m",
        Role: "arn:aws:iam::000000000000:role/r",
        Runtime: "nodejs20.x",
        Handler: "index.handler",
        Code: { ZipFile: "%%%" },
      }),
      400,
    ],
    [
      "CreateFunction with Environment.Variables an array",
      "POST",
      `${FN}`,
      '{"FunctionName":"m","Environment":{"Variables":[1]}}',
      400,
    ],
    [
      "UpdateFunctionConfiguration with Timeout null",
      "PUT",
      `${FN}/canary/configuration`,
      '{"Timeout":null,"MemorySize":{"a":1}}',
      400,
    ],
    [
      "UpdateFunctionConfiguration with a body of 1 MB of spaces",
      "PUT",
      `${FN}/canary/configuration`,
      " ".repeat(1 << 20),
      400,
    ],
    [
      "UpdateFunctionCode with a ZipFile that is not a zip",
      "PUT",
      `${FN}/canary/code`,
      JSON.stringify({ ZipFile: Buffer.from("not a zip").toString("base64") }),
      400,
    ],
    [
      "a function name with broken percent-encoding",
      "GET",
      `${FN}/%E0%A4%A/configuration`,
      "",
      404,
    ],
    // AWS answers an over-long bare name on Get with "Function not found" (facts §1.2).
    [
      "a function name of 10,000 characters",
      "GET",
      `${FN}/${"a".repeat(10_000)}/configuration`,
      "",
      404,
    ],
    [
      "CreateFunction with an environment value that is a number",
      "POST",
      `${FN}`,
      JSON.stringify({ FunctionName: "m", Environment: { Variables: { A: 1 } } }),
      400,
    ],
    [
      "UpdateFunctionConfiguration with Description as an object",
      "PUT",
      `${FN}/canary/configuration`,
      '{"Description":{"a":1}}',
      400,
    ],
    [
      "CreateAlias with a routing weight as text",
      "POST",
      `${FN}/canary/aliases`,
      '{"Name":"a","FunctionVersion":"$LATEST","RoutingConfig":{"AdditionalVersionWeights":{"1":"half"}}}',
      400,
    ],
    ["ListFunctions with MaxItems=abc", "GET", `${FN}?MaxItems=abc`, "", 400],
    ["ListFunctions with MaxItems=0", "GET", `${FN}?MaxItems=0`, "", 400],
    ["an unknown operation", "PATCH", `${FN}/canary`, "", 404],
    ["an unknown API version", "GET", "/1999-01-01/functions", "", 404],
    [
      "Invoke with an unknown invocation type",
      "POST",
      `${FN}/canary/invocations`,
      "{}",
      400,
      { "x-amz-invocation-type": "Sometimes" },
    ],
    [
      "Invoke with an unknown log type",
      "POST",
      `${FN}/canary/invocations`,
      "{}",
      400,
      { "x-amz-log-type": "Everything" },
    ],
    [
      "Invoke with a qualifier that does not exist",
      "POST",
      `${FN}/canary/invocations?Qualifier=nope`,
      "{}",
      404,
    ],
    [
      "PutFunctionConcurrency with a negative value",
      "PUT",
      "/2017-10-31/functions/canary/concurrency",
      '{"ReservedConcurrentExecutions":-1}',
      400,
    ],
    [
      "TagResource with tags as a string",
      "POST",
      `/2017-03-31/tags/${encodeURIComponent("arn:aws:lambda:us-east-1:000000000000:function:canary")}`,
      '{"Tags":"team=a"}',
      400,
    ],
  ] as Array<[string, string, string, string, number, Record<string, string>?]>)(
    "%s",
    async (_, method, path, body, status, headers = {}) => {
      const res = await request(method, path, body, headers);
      expect(res.status).toBe(status);
      expect(res.headers.get("x-amzn-errortype")).toBeTruthy();
      const json = (await res.json()) as Record<string, unknown>;
      expect(typeof (json.message ?? json.Message)).toBe("string");
    },
  );

  it.each([
    ["bytes that are not HTTP", "\u0000\u0001hello\r\n\r\n"],
    ["a negative Content-Length", `POST ${FN} HTTP/1.1\r\nHost: x\r\nContent-Length: -5\r\n\r\n`],
    [
      "a Content-Length longer than the body",
      `POST ${FN} HTTP/1.1\r\nHost: x\r\nContent-Length: 999\r\n\r\n{}`,
    ],
    [
      "chunked encoding with a bad chunk size",
      `POST ${FN} HTTP/1.1\r\nHost: x\r\nTransfer-Encoding: chunked\r\n\r\nzz\r\n{}\r\n0\r\n\r\n`,
    ],
    ["a 64 KB header", `GET ${FN} HTTP/1.1\r\nHost: x\r\nX-Big: ${"a".repeat(65_536)}\r\n\r\n`],
  ])("%s: refused or dropped, nothing else", async (_, bytes) => {
    const res = await raw(bytes);
    if (res.status !== "closed") expect(res.status).toBeGreaterThanOrEqual(400);
    if (res.status !== "closed") expect(res.status).toBeLessThan(500);
  });

  it("members named like Object's own (toString, __proto__) are unknown members, ignored", async () => {
    const res = await request(
      "POST",
      FN,
      '{"__proto__":{"FunctionName":1},"toString":"x","constructor":7,"FunctionName":"bad name!"}',
    );
    expect(res.status).toBe(400);
    // The name's own check answers, not a type error about "toString".
    expect(res.headers.get("x-amzn-errortype")).toBe("ValidationException");
  });

  it("still answers, and the canary is as it was", stillHealthy);
});

/** mulberry32: a seeded generator, so a failing mutation can be replayed from its seed. */
function prng(seed: number) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let x = Math.imul(a ^ (a >>> 15), 1 | a);
    x = (x + Math.imul(x ^ (x >>> 7), 61 | x)) ^ x;
    return ((x ^ (x >>> 14)) >>> 0) / 4294967296;
  };
}

const ODD_VALUES: unknown[] = [
  null,
  true,
  -1,
  0,
  1e308,
  "",
  "x".repeat(300),
  [],
  {},
  [[]],
  "\u0000",
  "🙂",
  "../../etc/passwd",
];

/** Valid requests to mutate: the shapes the SDK sends. */
const SEEDS: Array<{ method: string; path: string; body: Record<string, unknown> }> = [
  {
    method: "POST",
    path: FN,
    body: {
      FunctionName: "fuzzed",
      Role: "arn:aws:iam::000000000000:role/r",
      Runtime: "nodejs20.x",
      Handler: "index.handler",
      Code: { ZipFile: Buffer.from(TRIVIAL_PACKAGE).toString("base64") },
      MemorySize: 256,
      Timeout: 5,
      Environment: { Variables: { A: "1" } },
      Tags: { team: "t" },
    },
  },
  {
    method: "PUT",
    path: `${FN}/target/configuration`,
    body: {
      Description: "d",
      MemorySize: 256,
      Timeout: 5,
      Environment: { Variables: { A: "1" } },
      RevisionId: "nope",
    },
  },
  {
    method: "PUT",
    path: `${FN}/target/code`,
    body: { ZipFile: "UEsFBgAAAAAAAAAAAAAAAAAAAAAAAA==", RevisionId: "nope" },
  },
  {
    method: "POST",
    path: `${FN}/target/aliases`,
    body: {
      Name: "live",
      FunctionVersion: "$LATEST",
      RoutingConfig: { AdditionalVersionWeights: { "1": 0.5 } },
    },
  },
  {
    method: "POST",
    path: `${FN}/target/policy`,
    body: { StatementId: "s", Action: "lambda:InvokeFunction", Principal: "*", RevisionId: "nope" },
  },
];

function mutate(value: Record<string, unknown>, rand: () => number): string {
  const copy = structuredClone(value);
  const keys = Object.keys(copy);
  const key = keys[Math.floor(rand() * keys.length)]!;
  const pick = rand();
  if (pick < 0.5) copy[key] = ODD_VALUES[Math.floor(rand() * ODD_VALUES.length)];
  else if (pick < 0.6) delete copy[key];
  else if (pick < 0.7) copy[`Unknown${key}`] = 1;
  const text = JSON.stringify(copy);
  if (pick >= 0.7 && pick < 0.85) return text.slice(0, Math.floor(rand() * text.length));
  if (pick >= 0.85) {
    const bytes = Buffer.from(text);
    for (let i = 0; i < 3; i++) bytes[Math.floor(rand() * bytes.length)] = Math.floor(rand() * 256);
    return bytes.toString("latin1");
  }
  return text;
}

describe("seeded random mutations of valid requests", () => {
  it("never get a 5xx, and leave the canary as it was", async () => {
    const seed = 20261128;
    const rand = prng(seed);
    const failures: string[] = [];
    for (let i = 0; i < 300; i++) {
      const s = SEEDS[Math.floor(rand() * SEEDS.length)]!;
      const body = mutate(s.body, rand);
      const res = await request(s.method, s.path, body);
      await res.arrayBuffer();
      if (res.status >= 500)
        failures.push(`#${i} ${s.method} ${s.path} ${body.slice(0, 200)} → ${res.status}`);
    }
    expect(failures, `seed ${seed}`).toEqual([]);
    await stillHealthy().catch(async (e) => {
      throw new Error(`after the mutations: ${String(e)}`);
    });
  }, 60_000);
});
