import type { IncomingMessage, ServerResponse } from "node:http";

/** What a route handler receives: the raw request plus what the router already parsed. */
export interface RequestContext {
  req: IncomingMessage;
  res: ServerResponse;
  /** Path parameters, already URI-decoded. */
  params: Record<string, string>;
  query: URLSearchParams;
  requestId: string;
  /** Region taken from the SigV4 credential scope, or the engine's default region. */
  region: string;
}

/** What a route handler returns; `sendReply` writes it. */
export interface Reply {
  status: number;
  /** Objects are sent as compact JSON; Buffers and strings are sent as they are. */
  body?: unknown;
  headers?: Record<string, string>;
}

export type Handler = (ctx: RequestContext) => Promise<Reply> | Reply;

export type HttpMethod = "GET" | "POST" | "PUT" | "DELETE" | "HEAD" | "OPTIONS" | "PATCH";
