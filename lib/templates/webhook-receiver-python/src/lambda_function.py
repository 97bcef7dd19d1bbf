"""Receives webhooks on a function URL and verifies their HMAC-SHA256 signature.

The sender signs the raw request body with a shared secret and sends
"sha256=<hex digest>" in the X-Hub-Signature-256 header (the scheme GitHub
uses; Stripe, Shopify and others differ only in the header name and format).
Set WEBHOOK_SECRET to the same secret in the function's environment variables.
"""
import base64
import hashlib
import hmac
import json
import os

SIGNATURE_HEADER = "x-hub-signature-256"


def lambda_handler(event, context):
    secret = os.environ.get("WEBHOOK_SECRET")
    if not secret:
        # Refuse everything rather than accept unsigned deliveries.
        return respond(500, {"message": "WEBHOOK_SECRET is not configured"})

    # Function URLs lower-case header names. The signature covers the exact
    # bytes that were sent, so verify before parsing the JSON.
    headers = event.get("headers") or {}
    body = raw_body(event)
    if not signature_is_valid(body, headers.get(SIGNATURE_HEADER, ""), secret):
        print("Rejected delivery: missing or invalid signature")
        return respond(401, {"message": "Invalid signature"})

    try:
        payload = json.loads(body)
    except ValueError:
        return respond(400, {"message": "Body must be JSON"})

    event_type = headers.get("x-github-event", "unknown")
    delivery = headers.get("x-github-delivery")
    print(f"Accepted {event_type} delivery {delivery}")
    # Do the real work here, or hand the payload to a queue and return quickly:
    # webhook senders retry when they do not get a 2xx within a few seconds.
    return respond(200, {"received": True, "event": event_type, "delivery": delivery, "keys": sorted(payload)})


def raw_body(event):
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        return base64.b64decode(body)
    return body.encode("utf-8")


def signature_is_valid(body, signature, secret):
    expected = "sha256=" + hmac.new(secret.encode("utf-8"), body, hashlib.sha256).hexdigest()
    # compare_digest takes the same time wherever the strings differ.
    return hmac.compare_digest(expected, signature)


def respond(status_code, body):
    return {
        "statusCode": status_code,
        "headers": {"content-type": "application/json"},
        "body": json.dumps(body),
    }
