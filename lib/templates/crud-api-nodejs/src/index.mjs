/**
 * A small REST API for "items" behind a function URL, with routing and CORS.
 *
 *   GET    /items        list items
 *   GET    /items/{id}   read one item
 *   POST   /items        create an item from a JSON body {"name": ..., ...}
 *   PUT    /items/{id}   replace an item
 *   DELETE /items/{id}   delete an item
 *
 * The store is a Map in module scope: it lives as long as the execution
 * environment, is shared by the invocations that environment serves, and is
 * lost when Lambda recycles it. Swap it for DynamoDB to keep data for real.
 */
import { randomUUID } from "node:crypto";

const items = new Map([["1", { id: "1", name: "Example item", done: false }]]);

// If the function URL has its own CORS configuration, Lambda answers preflight
// requests itself and adds these headers; setting them here works either way.
const corsHeaders = {
  "access-control-allow-origin": "*",
  "access-control-allow-methods": "GET,POST,PUT,DELETE,OPTIONS",
  "access-control-allow-headers": "content-type,authorization",
  "access-control-max-age": "300",
};

const routes = [
  ["GET", /^\/items\/?$/, () => reply(200, [...items.values()])],
  ["GET", /^\/items\/([^/]+)$/, (_event, id) => withItem(id, (item) => reply(200, item))],
  ["POST", /^\/items\/?$/, (event) => withBody(event, (body) => saveItem(randomUUID(), body, 201))],
  [
    "PUT",
    /^\/items\/([^/]+)$/,
    (event, id) => withItem(id, () => withBody(event, (body) => saveItem(id, body, 200))),
  ],
  ["DELETE", /^\/items\/([^/]+)$/, (_event, id) => withItem(id, () => deleteItem(id))],
];

export const handler = async (event) => {
  const { method, path } = event.requestContext.http;
  if (method === "OPTIONS") return reply(204);

  for (const [routeMethod, pattern, action] of routes) {
    const match = routeMethod === method ? pattern.exec(path) : null;
    if (match) return action(event, match[1] && decodeURIComponent(match[1]));
  }
  const knownPath = routes.some(([, pattern]) => pattern.test(path));
  return reply(knownPath ? 405 : 404, { message: knownPath ? "Method not allowed" : "Not found" });
};

function withItem(id, action) {
  return items.has(id) ? action(items.get(id)) : reply(404, { message: `Item ${id} not found` });
}

function withBody(event, action) {
  let body;
  try {
    const text = event.isBase64Encoded
      ? Buffer.from(event.body ?? "", "base64").toString("utf8")
      : event.body;
    body = JSON.parse(text ?? "");
  } catch {
    return reply(400, { message: "Request body must be valid JSON" });
  }
  if (typeof body?.name !== "string" || body.name.trim() === "") {
    return reply(400, { message: "Field 'name' is required" });
  }
  return action(body);
}

function saveItem(id, body, statusCode) {
  const item = { ...body, id, name: body.name.trim(), done: Boolean(body.done) };
  items.set(id, item);
  return reply(statusCode, item);
}

function deleteItem(id) {
  items.delete(id);
  return reply(204);
}

function reply(statusCode, body) {
  const response = { statusCode, headers: { ...corsHeaders } };
  if (body !== undefined) {
    response.headers["content-type"] = "application/json";
    response.body = JSON.stringify(body);
  }
  return response;
}
