"""Handles changes from a DynamoDB stream.

Each record is an INSERT, MODIFY or REMOVE with the item's keys and, depending
on the stream view type, its new and old images in DynamoDB JSON
({"S": "text"}, {"N": "42"}, ...):
https://docs.aws.amazon.com/lambda/latest/dg/with-ddb.html
Records that fail are reported in batchItemFailures by sequence number; with
ReportBatchItemFailures on, Lambda retries the batch from the first of them.
"""
import base64
import json
from decimal import Decimal


def lambda_handler(event, context):
    counts = {"INSERT": 0, "MODIFY": 0, "REMOVE": 0}
    changes = []
    batch_item_failures = []

    for record in event["Records"]:
        stream = record["dynamodb"]
        try:
            change = {
                "event": record["eventName"],
                "keys": deserialize_item(stream["Keys"]),
                "new": deserialize_item(stream.get("NewImage")),
                "old": deserialize_item(stream.get("OldImage")),
            }
        except (KeyError, ValueError) as error:
            print(f"Record {record.get('eventID')} failed: {error!r}")
            batch_item_failures.append({"itemIdentifier": stream.get("SequenceNumber")})
            continue
        counts[record["eventName"]] += 1
        changes.append(change)
        print(json.dumps(change))

    return {"counts": counts, "changes": changes, "batchItemFailures": batch_item_failures}


def deserialize_item(image):
    if image is None:
        return None
    return {name: deserialize(value) for name, value in image.items()}


def deserialize(value):
    """Turns one DynamoDB attribute value into plain JSON-friendly Python."""
    (kind, data), = value.items()
    if kind == "S" or kind == "BOOL":
        return data
    if kind == "NULL":
        return None
    if kind == "N":
        return number(data)
    if kind == "B":
        return base64.b64encode(base64.b64decode(data)).decode("ascii")
    if kind == "SS" or kind == "BS":
        return sorted(data)
    if kind == "NS":
        return sorted(number(n) for n in data)
    if kind == "L":
        return [deserialize(item) for item in data]
    if kind == "M":
        return deserialize_item(data)
    raise ValueError(f"Unknown DynamoDB type {kind}")


def number(text):
    # DynamoDB numbers are exact decimals; keep integers as int.
    parsed = Decimal(text)
    return int(parsed) if parsed == parsed.to_integral_value() else float(parsed)
