/**
 * An HTTP endpoint behind a Lambda function URL.
 *
 * Function URLs (and API Gateway HTTP APIs) send a payload format 2.0 event:
 * https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
 * Returning an object with `statusCode` sets the HTTP status, headers and body;
 * anything else is sent back as a 200 JSON body.
 */
export const handler = async (event) => {
  const { method, path } = event.requestContext.http;
  const query = event.queryStringParameters ?? {};

  if (method === "GET") {
    const name = query.name ?? "world";
    return json(200, { message: `Hello, ${name}!`, method, path });
  }

  if (method === "POST") {
    let payload;
    try {
      payload = JSON.parse(readBody(event));
    } catch {
      return json(400, { message: "Request body must be valid JSON" });
    }
    return json(201, { message: "Received", method, path, received: payload });
  }

  return json(405, { message: `Method ${method} not allowed` }, { allow: "GET, POST" });
};

// Bodies without a text Content-Type arrive base64-encoded (isBase64Encoded: true).
function readBody(event) {
  if (!event.body) return "";
  return event.isBase64Encoded ? Buffer.from(event.body, "base64").toString("utf8") : event.body;
}

function json(statusCode, body, headers = {}) {
  return {
    statusCode,
    headers: { "content-type": "application/json", ...headers },
    body: JSON.stringify(body),
  };
}
