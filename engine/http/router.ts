import { randomUUID } from "node:crypto";
import type { IncomingMessage, RequestListener, ServerResponse } from "node:http";
import findMyWay from "find-my-way";
import { UnknownOperationError } from "../errors.js";
import { errorReply, sendReply } from "./response.js";
import type { Handler, HttpMethod, RequestContext } from "./types.js";

const CREDENTIAL_REGION = /Credential=[^/,\s]+\/\d{8}\/([^/,\s]+)\//;

/**
 * The engine's routing table. Routes are registered by each API module; one request listener
 * parses the path, takes the region from the SigV4 credential scope (any credentials are
 * accepted, unsigned requests too) and turns every thrown error into AWS's wire format.
 */
export class Router {
  private readonly table = findMyWay({ ignoreTrailingSlash: true, maxParamLength: 2048 });

  constructor(private readonly defaultRegion: string) {}

  on(method: HttpMethod, path: string, handler: Handler): void {
    this.table.on(method, path, () => undefined, { handler });
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
    const query = new URLSearchParams(q === -1 ? "" : url.slice(q + 1));
    const found = this.table.find(req.method as HttpMethod, path);
    try {
      if (!found) throw new UnknownOperationError();
      const store = found.store as { handler: Handler };
      const ctx: RequestContext = {
        req,
        res,
        params: { ...(found.params as Record<string, string>) },
        query,
        requestId,
        region: regionOf(req) ?? this.defaultRegion,
      };
      const reply = await store.handler(ctx);
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

function regionOf(req: IncomingMessage): string | undefined {
  const auth = req.headers.authorization;
  if (auth) return CREDENTIAL_REGION.exec(auth)?.[1];
  // Presigned URLs carry the scope in the query string.
  const cred = /[?&]X-Amz-Credential=([^&]+)/.exec(req.url ?? "")?.[1];
  return cred ? CREDENTIAL_REGION.exec(`Credential=${decodeURIComponent(cred)}/`)?.[1] : undefined;
}
