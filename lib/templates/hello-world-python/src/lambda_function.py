import json


def lambda_handler(event, context):
    """Greets the person named in the event.

    Test it with an event such as {"first_name": "Jane", "last_name": "Doe"}.
    Anything printed goes to the function's CloudWatch log stream.
    """
    first_name = event.get("first_name", "World")
    last_name = event.get("last_name", "")
    full_name = f"{first_name} {last_name}".strip()

    print(f"Received event: {json.dumps(event)}")
    print(f"Request ID: {context.aws_request_id}")

    return {"message": f"Hello, {full_name}!"}
