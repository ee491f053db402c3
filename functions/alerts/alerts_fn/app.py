"""Alerts the team when new fields reach the inbox (fields-table stream, INSERTs of inbox fields).

One Slack message per batch (a digest when it holds several fields) and one Segment `track`
event per field to the HTTP source. Each field is claimed per channel before it is posted, so a
retried or bisected batch never posts twice; a failed post releases its claims and reports its
records as failures, so only they are retried.
"""

from collections.abc import Callable

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.data_classes import DynamoDBStreamEvent
from aws_lambda_powertools.utilities.typing import LambdaContext

from portal.alerts import DeliveryFailed, NewField, basic_auth, post_json, slack_digest, track_batch
from portal.environment import require
from portal.errors import InvalidRequest
from portal.outbound import check_http_source, check_slack_webhook
from portal.storage import claims, config

logger = Logger()
metrics = Metrics()
LINK_BASE = require("ALERT_LINK_BASE", may_be_empty=("ALERT_LINK_BASE",))["ALERT_LINK_BASE"]
# A field is announced once; the claim outlives any retry of the stream batch.
CLAIM_SECONDS = 30 * 24 * 3600

Pending = list[tuple[str, NewField]]  # (stream sequence number, field)


def _deliver(channel: str, pending: Pending, send: Callable[[list[NewField]], None]) -> set[str]:
    """Claim, send, and on failure release; returns the sequence numbers that failed."""
    keys = {seq: f"alert#{channel}#{item.path}" for seq, item in pending}
    already = claims.claim(list(keys.values()), CLAIM_SECONDS)
    fresh = [(seq, item) for seq, item in pending if keys[seq] not in already]
    if not fresh:
        return set()
    try:
        send([item for _, item in fresh])
    except DeliveryFailed as error:
        claims.release([keys[seq] for seq, _ in fresh])
        logger.warning(
            "alert delivery failed", extra={"channel": channel, "fields": len(fresh), "status": error.status}
        )
        metrics.add_metric(name=f"AlertFailures_{channel}", unit=MetricUnit.Count, value=len(fresh))
        return {seq for seq, _ in fresh}
    metrics.add_metric(name=f"AlertsSent_{channel}", unit=MetricUnit.Count, value=len(fresh))
    logger.info("alert sent", extra={"channel": channel, "fields": len(fresh)})
    return set()


@logger.inject_lambda_context(log_event=False)
@metrics.log_metrics
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    pending: Pending = []
    for record in DynamoDBStreamEvent(event).records:
        image = record.dynamodb.new_image if record.dynamodb else None
        if image and image.get("status") == "inbox" and image.get("sk") == "META":
            pending.append((record.dynamodb.sequence_number, NewField.from_image(image)))
    metrics.add_metric(name="NewInboxFields", unit=MetricUnit.Count, value=len(pending))
    if not pending:
        return {"batchItemFailures": []}
    settings = config.alert_settings()
    failed: set[str] = set()
    try:
        if settings.slack_enabled and settings.slack_webhook_url:
            url = check_slack_webhook(settings.slack_webhook_url)
            failed |= _deliver(
                "slack",
                pending,
                lambda fields: post_json(url, slack_digest(fields, settings.slack_channel, LINK_BASE)),
            )
        if settings.http_enabled and settings.http_url and settings.http_write_key:
            url = check_http_source(settings.http_url).rstrip("/") + "/v1/batch"
            auth = {"Authorization": basic_auth(settings.http_write_key)}
            failed |= _deliver(
                "http", pending, lambda fields: post_json(url, track_batch(fields, LINK_BASE), auth)
            )
    except InvalidRequest:
        # A stored target that no longer passes validation: retrying cannot help, so say so loudly.
        logger.error("alert target rejected by validation; fix it with PUT /admin/alerts")
        metrics.add_metric(name="AlertTargetRejected", unit=MetricUnit.Count, value=1)
    return {"batchItemFailures": [{"itemIdentifier": seq} for seq in sorted(failed)]}
