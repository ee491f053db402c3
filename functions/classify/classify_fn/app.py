"""Consumes accepted messages in batches: dedupes by messageId, aggregates, writes each field once."""

from aws_lambda_powertools import Logger, Metrics
from aws_lambda_powertools.metrics import MetricUnit
from aws_lambda_powertools.utilities.typing import LambdaContext
from botocore.exceptions import BotoCoreError, ClientError
from pynamodb.exceptions import PynamoDBException

from portal.accepted import Accepted, decode
from portal.environment import require
from portal.inbox import aggregate, message_key
from portal.snapshot import VersionedCache
from portal.storage import claims
from portal.storage.config import snapshot_version
from portal.storage.observations import record_field
from portal.storage.snapshot import load_engine

logger = Logger()
metrics = Metrics()
ENGINE_CHECK_SECONDS = float(require("ENGINE_CHECK_SECONDS")["ENGINE_CHECK_SECONDS"])
engines = VersionedCache(ENGINE_CHECK_SECONDS, load_engine, snapshot_version)


def _decode_records(records: list[dict]) -> tuple[list[tuple[str, Accepted]], list[str]]:
    decoded, corrupt = [], []
    for record in records:
        try:
            decoded.append((record["messageId"], decode(record["body"])))
        except (ValueError, KeyError, TypeError, IndexError):
            # Not ours or damaged: let SQS redrive it to the dead-letter queue after retries.
            corrupt.append(record["messageId"])
    return decoded, corrupt


@logger.inject_lambda_context(log_event=False)
@metrics.log_metrics
def lambda_handler(event: dict, context: LambdaContext) -> dict:
    decoded, corrupt = _decode_records(event.get("Records", []))
    if corrupt:
        logger.warning("undecodable accepted messages", extra={"count": len(corrupt)})
    keys = sorted(
        {
            message_key(accepted.source_id, message.message_id)
            for _, accepted in decoded
            for message in accepted.messages
            if message.message_id
        }
    )
    duplicates = claims.claim(keys)
    fields = aggregate((accepted for _, accepted in decoded), duplicates)
    engine = engines.get()
    try:
        created = sum(record_field(agg, engine.recommend) for agg in fields.values())
    except (PynamoDBException, BotoCoreError, ClientError):
        # The batch will be retried whole: forget its claims so the retry is not taken for duplicates.
        claims.release([key for key in keys if key not in duplicates])
        logger.exception(
            "field writes failed; batch returned to the queue",
            extra={"records": len(decoded), "fields": len(fields)},
        )
        metrics.add_metric(name="BatchesReturned", unit=MetricUnit.Count, value=1)
        return {
            "batchItemFailures": [
                {"itemIdentifier": record_id} for record_id in [r for r, _ in decoded] + corrupt
            ]
        }
    metrics.add_metric(name="FieldsCreated", unit=MetricUnit.Count, value=created)
    metrics.add_metric(name="DuplicateMessages", unit=MetricUnit.Count, value=len(duplicates))
    logger.info(
        "batch classified",
        extra={
            "records": len(decoded),
            "fields": len(fields),
            "fields_created": created,
            "duplicates": len(duplicates),
        },
    )
    return {"batchItemFailures": [{"itemIdentifier": record_id} for record_id in corrupt]}
