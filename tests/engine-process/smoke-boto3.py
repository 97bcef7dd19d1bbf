"""boto3 smoke test of the engine (issue 2, Checks): create from a zip, wait, invoke, list, get,
delete. Usage: smoke-boto3.py <endpoint> <node.zip> <python.zip>. Prints one JSON report that
tests/engine-process/smoke-cli.test.ts asserts on; any unexpected error exits non-zero."""
import json
import sys
import urllib.request

import boto3
from botocore.config import Config
from botocore.exceptions import ClientError

endpoint, node_zip, python_zip = sys.argv[1:4]
client = boto3.client(
    "lambda",
    endpoint_url=endpoint,
    region_name="us-east-1",
    aws_access_key_id="test",
    aws_secret_access_key="test",
    config=Config(retries={"max_attempts": 1}, connect_timeout=5, read_timeout=30),
)
ROLE = "arn:aws:iam::000000000000:role/lambda-role"
cases = {
    "node": ("nodejs20.x", "index.handler", node_zip),
    "python": ("python3.12", "handler.handler", python_zip),
}

report = {}
for label, (runtime, handler, zip_path) in cases.items():
    name = f"boto3-{label}"
    with open(zip_path, "rb") as f:
        code = f.read()
    created = client.create_function(
        FunctionName=name, Runtime=runtime, Handler=handler, Role=ROLE, Code={"ZipFile": code}
    )
    client.get_waiter("function_active_v2").wait(
        FunctionName=name, WaiterConfig={"Delay": 1, "MaxAttempts": 30}
    )
    invoked = client.invoke(FunctionName=name, Payload=json.dumps({"hello": "boto3"}).encode())
    got = client.get_function(FunctionName=name)
    with urllib.request.urlopen(got["Code"]["Location"], timeout=10) as r:
        downloaded = r.read()
    names = [
        f["FunctionName"]
        for page in client.get_paginator("list_functions").paginate()
        for f in page["Functions"]
    ]
    report[label] = {
        "createSha": created["CodeSha256"],
        "state": got["Configuration"]["State"],
        "statusCode": invoked["StatusCode"],
        "functionError": invoked.get("FunctionError"),
        "executedVersion": invoked.get("ExecutedVersion"),
        "payload": json.loads(invoked["Payload"].read()),
        "codeMatches": downloaded == code,
        "listed": name in names,
    }

for label in cases:
    name = f"boto3-{label}"
    client.delete_function(FunctionName=name)
    try:
        client.get_function(FunctionName=name)
        report[label]["afterDelete"] = "still there"
    except ClientError as e:
        report[label]["afterDelete"] = e.response["Error"]["Code"]

print(json.dumps(report))
