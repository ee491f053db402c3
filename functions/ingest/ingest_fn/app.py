"""Tracking API: Segment-compatible endpoints. Detects, then publishes one accepted message per request.

No DynamoDB writes here: the config snapshot is read (cached) and everything else goes to SNS.
"""

import base64
import binascii
from datetime import UTC, datetime

import boto3
from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.event_handler import APIGatewayHttpResolver, Response, content_types
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext

from ingest_fn.settings import Settings
from portal.errors import InvalidRequest, Unauthorized
from portal.events import MESSAGE_TYPES
from portal.snapshot import Snapshot, VersionedCache
from portal.storage.config import snapshot_version
from portal.storage.snapshot import load_snapshot
from portal.tracking import handle_tracking_request

settings = Settings.from_environment()
logger = Logger()
metrics = Metrics()
app = APIGatewayHttpResolver()
sns = boto3.client("sns")
snapshots = VersionedCache(settings.snapshot_check_seconds, load_snapshot, snapshot_version)
# An unknown write key may belong to a source created a moment ago (clients do not retry a 401,
# so refusing it loses events): re-read the snapshot version at once, but no more often than
# this, so a flood of bad keys costs at most 20 small reads a second per container.
UNKNOWN_KEY_RECHECK_SECONDS = 0.05


def _snapshot(fresh: bool) -> Snapshot:
    return snapshots.get(max_age=UNKNOWN_KEY_RECHECK_SECONDS if fresh else None)


def _error(status: int, code: str, message: str) -> Response:
    return Response(
        status_code=status,
        content_type=content_types.APPLICATION_JSON,
        body={"code": code, "message": message},
    )


def _raw_body() -> bytes:
    event = app.current_event
    body = event.get("body") or ""
    if event.get("isBase64Encoded"):
        try:
            return base64.b64decode(body)
        except (binascii.Error, ValueError) as exc:
            raise InvalidRequest("body is not valid base64") from exc
    return body.encode("utf-8")


@app.post("/v1/<kind>")
def track(kind: str) -> Response:
    if kind not in (*MESSAGE_TYPES, "batch"):
        return not_found(LookupError(kind))
    headers = app.current_event.headers
    result = handle_tracking_request(
        kind=kind,
        body=_raw_body(),
        content_encoding=headers.get("content-encoding"),
        authorization=headers.get("authorization"),
        snapshot_for_key=_snapshot,
        received_at=datetime.now(UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z"),
    )
    for message in result.published:
        sns.publish(TopicArn=settings.accepted_topic_arn, Message=message)
    metrics.add_metric(name="MessagesAccepted", unit=MetricUnit.Count, value=result.accepted)
    if result.dropped:
        metrics.add_metric(name="MessagesDropped", unit=MetricUnit.Count, value=result.dropped)
        logger.info(
            "dropped invalid messages",
            extra={"source_id": result.source.id, "dropped": result.dropped, "reasons": result.drop_reasons},
        )
    logger.debug(
        "accepted",
        extra={
            "source_id": result.source.id,
            "accepted": result.accepted,
            "published": len(result.published),
        },
    )
    return Response(status_code=200, content_type=content_types.APPLICATION_JSON, body={"success": True})


@app.exception_handler(InvalidRequest)
def invalid_request(exc: InvalidRequest) -> Response:
    metrics.add_metric(name="RequestsRejected", unit=MetricUnit.Count, value=1)
    return _error(400, exc.code, str(exc))


@app.exception_handler(Unauthorized)
def unauthorized(exc: Unauthorized) -> Response:
    metrics.add_metric(name="RequestsUnauthorized", unit=MetricUnit.Count, value=1)
    return _error(401, exc.code, str(exc))


@app.not_found
def not_found(_exc: Exception) -> Response:
    metrics.add_metric(name="RequestsRejected", unit=MetricUnit.Count, value=1)
    return _error(404, "not_found", "unknown endpoint")


@logger.inject_lambda_context(log_event=False)
@metrics.log_metrics
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    return app.resolve(event, context)
