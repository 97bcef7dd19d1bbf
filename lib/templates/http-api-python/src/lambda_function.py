"""An HTTP endpoint behind a Lambda function URL.

Function URLs (and API Gateway HTTP APIs) send a payload format 2.0 event:
https://docs.aws.amazon.com/lambda/latest/dg/urls-invocation.html
Returning a dict with "statusCode" sets the HTTP status, headers and body;
any other JSON value is sent back as a 200 JSON body.
"""
import base64
import json


def lambda_handler(event, context):
    http = event["requestContext"]["http"]
    method, path = http["method"], http["path"]
    query = event.get("queryStringParameters") or {}

    if method == "GET":
        name = query.get("name", "world")
        return respond(200, {"message": f"Hello, {name}!", "method": method, "path": path})

    if method == "POST":
        try:
            payload = json.loads(read_body(event))
        except ValueError:
            return respond(400, {"message": "Request body must be valid JSON"})
        return respond(201, {"message": "Received", "method": method, "path": path, "received": payload})

    return respond(405, {"message": f"Method {method} not allowed"}, {"allow": "GET, POST"})


def read_body(event):
    # Bodies without a text Content-Type arrive base64-encoded (isBase64Encoded: true).
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        return base64.b64decode(body).decode("utf-8")
    return body


def respond(status_code, body, headers=None):
    return {
        "statusCode": status_code,
        "headers": {"content-type": "application/json", **(headers or {})},
        "body": json.dumps(body),
    }
