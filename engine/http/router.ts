import { randomUUID } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import { UnknownOperationError } from "../errors.js";
import { errorReply, sendReply } from "./response.js";
import { RouteTable } from "./route-table.js";
import type { Handler, HttpMethod, RequestContext } from "./types.js";

const CREDENTIAL_REGION = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\//;

/**
 * The engine's routing table. Routes are registered by each API module; one request listener
 * parses the path, takes the region from the SigV4 credential scope (any credentials are
 * accepted, unsigned requests too) and turns every thrown error into AWS's wire format.
 */
export class Router {
  private readonly table = new RouteTable<Handler>();

  constructor(private readonly defaultRegion: string) {}

  on(method: HttpMethod, path: string, handler: Handler): void {
    this.table.add(method, path, handler);
  }

  /** Runs outside the table first (e.g. function URL hosts); return true when it answered. */
  private readonly prefilters: Array<(req: IncomingMessage, res: ServerResponse) => boolean> = [];
  prefilter(fn: (req: IncomingMessage, res: ServerResponse) => boolean): void {
    this.prefilters.push(fn);
  }

  listener(): RequestListener {
    return (req, res) => {
      for (const pre of this.prefilters) if (pre(req, res)) return;
      void this.dispatch(req, res);
    };
  }

  private async dispatch(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const requestId = randomUUID();
    const url = req.url ?? "/";
    const q = url.indexOf("?");
    const path = q === -1 ? url : url.slice(0, q);
    const found = this.table.find(req.method ?? "", path);
    try {
      if (!found) throw new UnknownOperationError();
      const ctx = new Context(req, res, found.params, requestId, this.defaultRegion, url, q);
      const reply = await found.value(ctx);
      if (!res.headersSent) sendReply(res, requestId, reply);
    } catch (err) {
      if (res.headersSent) {
        res.destroy();
        return;
      }
      sendReply(res, requestId, errorReply(err, `${req.method} ${path}`));
    }
  }
}

/** Shared by requests without a query string; routes only read their query. */
const NO_QUERY = new URLSearchParams();

/** The RequestContext of one request; the query string is parsed only when a route asks. */
class Context implements RequestContext {
  readonly region: string;
  private parsed?: URLSearchParams;

  constructor(
    readonly req: IncomingMessage,
    readonly res: ServerResponse,
    readonly params: Record<string, string>,
    readonly requestId: string,
    defaultRegion: string,
    private readonly url: string,
    private readonly q: number,
  ) {
    this.region = regionOf(req) ?? defaultRegion;
  }

  get query(): URLSearchParams {
    if (this.q === -1) return NO_QUERY;
    return (this.parsed ??= new URLSearchParams(this.url.slice(this.q + 1)));
  }
}

function regionOf(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth) return CREDENTIAL_REGION.exec(auth)?.[1];
  // Presigned URLs carry the scope in the query string.
  const cred = /[?&]X-Amz-Credential=([^&]+)/.exec(req.url ?? "")?.[1];
  return cred ? CREDENTIAL_REGION.exec(`Credential=${decodeURIComponent(cred)}/`)?.[1] : undefined;
}
