"""Reacts to new objects in an S3 bucket.

S3 sends one notification per object, sometimes several per event:
https://docs.aws.amazon.com/AmazonS3/latest/userguide/notification-content-structure.html
Object keys arrive URL-encoded ("my file.txt" becomes "my+file.txt"), so
decode them before using them.
"""
import json
import urllib.parse

# Route objects by extension; unknown types are skipped, not failed.
HANDLERS = {
    ".csv": "import-table",
    ".json": "import-document",
    ".jpg": "make-thumbnail",
    ".jpeg": "make-thumbnail",
    ".png": "make-thumbnail",
}
MAX_SIZE = 100 * 1024 * 1024


def lambda_handler(event, context):
    results = [process(record) for record in event.get("Records", [])]
    print(json.dumps({"processed": results}))
    return {"processed": len([r for r in results if r["action"] != "skip"]), "objects": results}


def process(record):
    bucket = record["s3"]["bucket"]["name"]
    key = urllib.parse.unquote_plus(record["s3"]["object"]["key"], encoding="utf-8")
    size = record["s3"]["object"].get("size", 0)
    extension = "." + key.rsplit(".", 1)[-1].lower() if "." in key else ""

    action = HANDLERS.get(extension, "skip")
    if size > MAX_SIZE:
        action = "skip"
    # To read the object, use boto3 (bundled in AWS's Python runtimes):
    #   boto3.client("s3").get_object(Bucket=bucket, Key=key)["Body"].read()
    # and give the function's role s3:GetObject on the bucket.
    return {
        "bucket": bucket,
        "key": key,
        "size": size,
        "event": record["eventName"],
        "action": action,
    }
