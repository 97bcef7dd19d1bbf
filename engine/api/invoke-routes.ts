import { parseFunctionName, type FunctionRef } from "../control/arn.js";
import { InvokeTargets } from "../control/invoke-targets.js";
import {
  InvalidRequestContentError,
  RequestEntityTooLargeError,
  ResourceConflictError,
  ValidationError,
} from "../errors.js";
import type { EventQueue } from "../events/event-queue.js";
import { readBody } from "../http/body.js";
import type { Router } from "../http/router.js";
import type { Reply } from "../http/types.js";
import type {
  ExecutionPool,
  FunctionSnapshot,
  InvokeRequest,
  InvokeResponse,
  InvokeResult,
} from "../runtime/types.js";
import { checkPayload } from "./invoke-payload.js";

/** Synchronous payload limit and the Event limit (facts §1.4). */
export const SYNC_PAYLOAD_LIMIT = 6_291_456;
export const EVENT_PAYLOAD_LIMIT = 1_048_576;

const syncTooLarge = () =>
  new RequestEntityTooLargeError(
    `Request must be smaller than ${SYNC_PAYLOAD_LIMIT} bytes for the InvokeFunction operation`,
  );
const INVOCATION_TYPES = new Set(["RequestResponse", "Event", "DryRun"]);
const PENDING =
  "The operation cannot be performed at this time. The function is currently in the following state: Pending";

export interface InvokeDeps {
  accountId: string;
  targets: InvokeTargets;
  pool: ExecutionPool;
  events: EventQueue;
}

/**
 * `POST /2015-03-31/functions/{name}/invocations`: the hot path. Everything it needs about the
 * function comes from the in-memory InvokeTargets cache; the payload is checked as JSON and
 * handed to the execution pool as raw bytes.
 */
export function registerInvokeRoutes(router: Router, d: InvokeDeps): void {
  const names = new ParsedNames(d.accountId);
  router.on(
    "POST",
    "/2015-03-31/functions/:name/invocations",
    async ({ req, region, params, query, requestId }) => {
      const { name, qualifier } = names.parse(params.name!, region, query.get("Qualifier"));
      const type =
        (req.headers["x-amz-invocation-type"] as string | undefined) ?? "RequestResponse";
      if (!INVOCATION_TYPES.has(type)) {
        throw ValidationError.of([
          `Value '${type}' at 'invocationType' failed to satisfy constraint: Member must satisfy enum value set: [Event, RequestResponse, DryRun]`,
        ]);
      }
      const logType = req.headers["x-amz-log-type"] as string | undefined;
      if (logType !== undefined && logType !== "None" && logType !== "Tail") {
        throw ValidationError.of([
          `Value '${logType}' at 'logType' failed to satisfy constraint: Member must satisfy enum value set: [None, Tail]`,
        ]);
      }
      const clientContext = req.headers["x-amz-client-context"] as string | undefined;
      if (clientContext !== undefined) checkClientContext(clientContext);
      const entry =
        d.targets.peek(region, name, qualifier) ??
        (await d.targets.resolve(region, name, qualifier));
      const target = InvokeTargets.pick(entry);
      if (target.pending) throw new ResourceConflictError(PENDING);
      const body = await readBody(req, SYNC_PAYLOAD_LIMIT, syncTooLarge);
      if (type === "DryRun") return { status: 204 };
      if (type === "Event") {
        if (body.length > EVENT_PAYLOAD_LIMIT) {
          throw new RequestEntityTooLargeError(
            `${body.length} byte payload is too large for the Event invocation type (limit ${EVENT_PAYLOAD_LIMIT} bytes)`,
          );
        }
        const payload = checkPayload(body);
        d.events.enqueue({ id: requestId, region, name, qualifier: qualifier ?? null, payload });
        return { status: 202 };
      }
      const payload = checkPayload(body);
      const request: InvokeRequest = {
        requestId,
        payload,
        invokedFunctionArn: entry.invokedArn,
        clientContext,
        tail: logType === "Tail",
        invocationType: "RequestResponse",
      };
      const result = request.tail
        ? await d.pool.invoke(target.snapshot, request)
        : await respondEarly(d.pool, target.snapshot, request);
      const reply: Reply = {
        status: 200,
        body: result.payload,
        headers: {
          "Content-Type": "application/json",
          "X-Amz-Executed-Version": result.executedVersion,
        },
      };
      if (result.functionError) reply.headers!["X-Amz-Function-Error"] = result.functionError;
      if (result.logResult !== undefined) reply.headers!["X-Amz-Log-Result"] = result.logResult;
      return reply;
    },
  );
}

/** Standard base64; padding optional, as Java's decoder (Lambda's) takes it. */
const BASE64 = /^(?:[A-Za-z0-9+/]{4})*(?:[A-Za-z0-9+/]{2}(?:==)?|[A-Za-z0-9+/]{3}=?)?$/;

/** X-Amz-Client-Context must decode to JSON, or Lambda refuses the invoke before running it. */
function checkClientContext(b64: string): void {
  try {
    if (BASE64.test(b64)) {
      JSON.parse(Buffer.from(b64, "base64").toString("utf8"));
      return;
    }
  } catch {
    /* not JSON: refused below */
  }
  throw new InvalidRequestContentError(
    "Client context must be a valid Base64-encoded JSON object.",
  );
}

/**
 * Without a log tail the caller needs only the response: it is answered as soon as the runtime
 * posts it, while the environment seals the log (END, REPORT, memory) after the reply is out.
 */
function respondEarly(
  pool: ExecutionPool,
  fn: FunctionSnapshot,
  request: InvokeRequest,
): Promise<InvokeResponse & Partial<InvokeResult>> {
  return new Promise((resolve, reject) => {
    request.onResponse = resolve;
    pool.invoke(fn, request).then(resolve, reject);
  });
}

/** Names parsed per invoke are the same few again and again; this many are remembered. */
const MAX_PARSED_NAMES = 4096;

/**
 * parseFunctionName for the invoke path, remembered per (region, name, qualifier): its regular
 * expressions cost more than the rest of the route. Only valid names are kept (a failure throws
 * again each time, with its own message); the answer depends on nothing else.
 */
class ParsedNames {
  private readonly known = new Map<string, FunctionRef>();

  constructor(private readonly accountId: string) {}

  parse(raw: string, region: string, qualifier: string | null): FunctionRef {
    const key = `${region}\0${raw}\0${qualifier ?? "\0"}`;
    let ref = this.known.get(key);
    if (!ref) {
      const nc = { region, accountId: this.accountId };
      ref = parseFunctionName(raw, nc, {
        namespaced: true,
        qualifier,
        impliedQualifier: "$LATEST",
      });
      if (this.known.size >= MAX_PARSED_NAMES) this.known.clear();
      this.known.set(key, ref);
    }
    return ref;
  }
}
