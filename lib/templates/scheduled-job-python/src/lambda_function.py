"""A job that runs on a schedule.

An EventBridge rule (or EventBridge Scheduler schedule) such as
"cron(0 3 * * ? *)" or "rate(1 day)" invokes the function with a
"Scheduled Event" whose `time` is when the run was scheduled:
https://docs.aws.amazon.com/eventbridge/latest/userguide/eb-run-lambda-schedule.html
Use that time, not the clock, so a late or retried run does the same work.
"""
import json
import os
from datetime import datetime, timedelta, timezone

RETENTION_DAYS = int(os.environ.get("RETENTION_DAYS", "30"))


def lambda_handler(event, context):
    if event.get("detail-type") != "Scheduled Event":
        raise ValueError(f"Expected a Scheduled Event, got {event.get('detail-type')!r}")

    scheduled_at = datetime.fromisoformat(event["time"].replace("Z", "+00:00"))
    cutoff = scheduled_at - timedelta(days=RETENTION_DAYS)
    rule = event["resources"][0].split("/")[-1] if event.get("resources") else None

    # Replace with the real job: delete records older than `cutoff`, send a
    # report, rotate something... Stay well inside the function's timeout.
    print(json.dumps({"job": "cleanup", "rule": rule, "scheduledAt": event["time"], "cutoff": iso(cutoff)}))

    return {
        "status": "completed",
        "rule": rule,
        "scheduledAt": iso(scheduled_at),
        "cutoff": iso(cutoff),
        "retentionDays": RETENTION_DAYS,
        "finishedAt": iso(datetime.now(timezone.utc)),
    }


def iso(moment):
    return moment.astimezone(timezone.utc).isoformat().replace("+00:00", "Z")
