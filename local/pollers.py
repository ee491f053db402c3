"""Event source mappings: SQS queues and DynamoDB streams turned into Lambda batches.

What Lambda does and these reproduce, from the template's mapping properties:
- SQS: BatchSize, MaximumBatchingWindowInSeconds, FilterCriteria (filtered-out messages are deleted),
  ReportBatchItemFailures (only the reported messages stay). A failed message becomes visible again
  after the queue's VisibilityTimeout and moto moves it to the DLQ after maxReceiveCount receives.
- DynamoDB streams: StartingPosition, BatchSize, MaximumBatchingWindowInSeconds, FilterCriteria,
  in-order processing that blocks the shard while a batch is retried, ReportBatchItemFailures
  (retry from the lowest failed SequenceNumber), BisectBatchOnFunctionError, MaximumRetryAttempts,
  MaximumRecordAgeInSeconds and the OnFailure destination (a record describing the discarded batch).

Retry accounting for streams: every failed invocation counts one attempt for the records it held;
halves made by bisection inherit the count, so a single bad record is discarded after
MaximumRetryAttempts + 1 invocations that contained it.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections import deque
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from typing import Any

from local.filters import matches_any, sqs_filter_view
from local.provision import Stack
from local.runtime import Invocation, LocalFunction
from local.template import SqsMapping, StreamMapping, TemplateError

log = logging.getLogger("local.poller")

# An idle stream is polled this often. moto keeps every shard iterator it hands out, so polling
# much faster only grows its memory; Lambda polls a shard about four times a second.
STREAM_IDLE_SECONDS = 0.5
# Long-poll length per ReceiveMessage; short enough that stopping the stack is prompt.
SQS_WAIT_SECONDS = 1
# Stream batches are retried quickly but not in a tight loop.
RETRY_BACKOFF_SECONDS = (0.1, 0.2, 0.5, 1.0, 2.0)


class SqsPoller:
    def __init__(
        self, stack: Stack, mapping: SqsMapping, function: LocalFunction, *, max_window: float | None = None
    ) -> None:
        self.mapping = mapping
        self.function = function
        self.queue_arn = str(stack.resolve(mapping.queue))
        self.queue_url = stack.queue_url(self.queue_arn)
        self.region = stack.template.region
        self.window = (
            mapping.batching_window_seconds
            if max_window is None
            else min(max_window, mapping.batching_window_seconds)
        )
        self.sqs = stack.client("sqs")

    @property
    def name(self) -> str:
        return f"{self.function.logical_id}.{self.mapping.name}"

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            self.poll_once(stop=stop)

    def poll_once(self, *, stop: threading.Event | None = None, flush: bool = False) -> int:
        """Collects one batch and invokes the function; returns how many messages it delivered.

        With flush, nothing waits: whatever is visible now is delivered at once (tests use this).
        """
        records = self._collect(stop, flush)
        if stop is not None and stop.is_set():
            return 0  # shutting down: the messages stay in the queue, which dies with the process
        if records:
            self._deliver(records)
        return len(records)

    def drain(self) -> int:
        """Delivers everything visible now, batch after batch; returns the number delivered."""
        total = 0
        while delivered := self.poll_once(flush=True):
            total += delivered
        return total

    def _collect(self, stop: threading.Event | None, flush: bool) -> list[dict[str, Any]]:
        records: list[dict[str, Any]] = []
        first_at: float | None = None
        while stop is None or not stop.is_set():
            remaining = 0.0
            if first_at is None:
                wait = 0 if flush else SQS_WAIT_SECONDS
            else:
                remaining = self.window - (time.monotonic() - first_at)
                if remaining <= 0:
                    break
                wait = 0 if flush else min(SQS_WAIT_SECONDS, int(remaining))
            response = self.sqs.receive_message(
                QueueUrl=self.queue_url,
                MaxNumberOfMessages=min(10, self.mapping.batch_size - len(records)),
                WaitTimeSeconds=wait,
                AttributeNames=["All"],
                MessageAttributeNames=["All"],
            )
            messages = response.get("Messages", [])
            rejected = []
            for message in messages:
                record = self._record(message)
                if matches_any(self.mapping.filters, sqs_filter_view(record)):
                    records.append(record)
                else:
                    rejected.append(message["ReceiptHandle"])
            if rejected:
                self._delete(rejected)  # Lambda deletes the messages its filters reject
            if records and first_at is None:
                first_at = time.monotonic()
            if len(records) >= self.mapping.batch_size:
                break
            if not messages:
                if flush:
                    break
                if first_at is not None and wait == 0:
                    # ReceiveMessage waits in whole seconds; sleep out the sub-second rest of the window.
                    time.sleep(min(0.05, remaining))
        return records

    def _record(self, message: Mapping[str, Any]) -> dict[str, Any]:
        return {
            "messageId": message["MessageId"],
            "receiptHandle": message["ReceiptHandle"],
            "body": message.get("Body", ""),
            "attributes": dict(message.get("Attributes", {})),
            "messageAttributes": {
                name: {
                    "stringValue": value.get("StringValue"),
                    "binaryValue": value.get("BinaryValue"),
                    "stringListValues": [],
                    "binaryListValues": [],
                    "dataType": value.get("DataType"),
                }
                for name, value in (message.get("MessageAttributes") or {}).items()
            },
            "md5OfBody": message.get("MD5OfBody", ""),
            "eventSource": "aws:sqs",
            "eventSourceARN": self.queue_arn,
            "awsRegion": self.region,
        }

    def _deliver(self, records: list[dict[str, Any]]) -> None:
        invocation = self.function.invoke({"Records": records}, source="sqs", batch_size=len(records))
        failed = _failed_identifiers(
            invocation, self.mapping.report_batch_item_failures, records, "messageId"
        )
        if failed is None:
            log.info(
                "%s: batch of %d failed; messages return after the visibility timeout",
                self.name,
                len(records),
            )
            return
        done = [r["receiptHandle"] for r in records if r["messageId"] not in failed]
        if failed:
            log.info(
                "%s: %d of %d messages reported failed; they return after the visibility timeout",
                self.name,
                len(failed),
                len(records),
            )
        self._delete(done)

    def _delete(self, receipt_handles: list[str]) -> None:
        for start in range(0, len(receipt_handles), 10):
            chunk = receipt_handles[start : start + 10]
            self.sqs.delete_message_batch(
                QueueUrl=self.queue_url,
                Entries=[{"Id": str(i), "ReceiptHandle": handle} for i, handle in enumerate(chunk)],
            )


def _failed_identifiers(
    invocation: Invocation, reports: bool, records: list[dict[str, Any]], id_key: str
) -> set[str] | None:
    """The identifiers to retry; None when the whole batch failed."""
    if invocation.error is not None:
        return None
    if not reports or not isinstance(invocation.result, Mapping):
        return set()
    failures = invocation.result.get("batchItemFailures") or []
    known = {_identifier(r, id_key) for r in records}
    failed: set[str] = set()
    for failure in failures:
        identifier = failure.get("itemIdentifier") if isinstance(failure, Mapping) else None
        if not identifier or identifier not in known:
            # Lambda treats a malformed or unknown identifier as a failure of the whole batch.
            log.warning("batchItemFailures holds an unknown itemIdentifier; the whole batch fails")
            return None
        failed.add(str(identifier))
    return failed


def _identifier(record: Mapping[str, Any], id_key: str) -> str:
    if id_key == "SequenceNumber":
        return str(record["dynamodb"]["SequenceNumber"])
    return str(record[id_key])


class StreamPoller:
    def __init__(
        self,
        stack: Stack,
        mapping: StreamMapping,
        function: LocalFunction,
        *,
        max_window: float | None = None,
    ) -> None:
        self.stack = stack
        self.mapping = mapping
        self.function = function
        self.stream_arn = str(stack.resolve(mapping.stream))
        self.on_failure = str(stack.resolve(mapping.on_failure)) if mapping.on_failure is not None else None
        self.window = (
            mapping.batching_window_seconds
            if max_window is None
            else min(max_window, mapping.batching_window_seconds)
        )
        self.streams = stack.client("dynamodbstreams")
        self.region = stack.template.region
        self._shards: dict[str, _Shard] = {}
        self.reset(mapping.starting_position)

    @property
    def name(self) -> str:
        return f"{self.function.logical_id}.{self.mapping.name}"

    def reset(self, position: str = "LATEST") -> None:
        """Starts reading every shard at TRIM_HORIZON or LATEST and forgets buffered records."""
        shards = self.streams.describe_stream(StreamArn=self.stream_arn)["StreamDescription"]["Shards"]
        self._shards = {
            shard["ShardId"]: _Shard(
                shard["ShardId"],
                self.streams.get_shard_iterator(
                    StreamArn=self.stream_arn, ShardId=shard["ShardId"], ShardIteratorType=position
                )["ShardIterator"],
            )
            for shard in shards
        }

    def run(self, stop: threading.Event) -> None:
        while not stop.is_set():
            if not self.poll_once(stop=stop):
                stop.wait(STREAM_IDLE_SECONDS)

    def poll_once(self, *, stop: threading.Event | None = None, flush: bool = False) -> int:
        """Reads new records; invokes the function when a batch is due. Returns records delivered."""
        delivered = 0
        for shard in self._shards.values():
            self._fetch(shard)
            # Batches never mix shards, and a shard's next batch waits for the previous one.
            while shard.buffer and (flush or self._batch_due(shard)):
                batch = shard.buffer[: self.mapping.batch_size]
                shard.buffer = shard.buffer[len(batch) :]
                shard.first_buffered_at = time.monotonic() if shard.buffer else None
                self._deliver(shard, batch, stop)
                delivered += len(batch)
        return delivered

    def drain(self) -> int:
        total = 0
        while delivered := self.poll_once(flush=True):
            total += delivered
        return total

    def _batch_due(self, shard: _Shard) -> bool:
        if len(shard.buffer) >= self.mapping.batch_size:
            return True
        return (
            shard.first_buffered_at is not None and time.monotonic() - shard.first_buffered_at >= self.window
        )

    def _fetch(self, shard: _Shard) -> None:
        response = self.streams.get_records(ShardIterator=shard.iterator, Limit=1000)
        if response.get("NextShardIterator"):
            shard.iterator = response["NextShardIterator"]
        for raw in response.get("Records", []):
            record = self._record(raw)
            if matches_any(self.mapping.filters, record):
                shard.buffer.append(record)
                if shard.first_buffered_at is None:
                    shard.first_buffered_at = time.monotonic()

    def _record(self, raw: Mapping[str, Any]) -> dict[str, Any]:
        dynamodb = dict(raw["dynamodb"])
        created = dynamodb.get("ApproximateCreationDateTime")
        if isinstance(created, datetime):
            # Lambda's stream events carry epoch seconds; boto3 parsed the API's value into a datetime.
            dynamodb["ApproximateCreationDateTime"] = float(int(created.timestamp()))
        return {
            "eventID": raw.get("eventID"),
            "eventName": raw.get("eventName"),
            "eventVersion": "1.1",
            "eventSource": "aws:dynamodb",
            "awsRegion": self.region,
            "dynamodb": dynamodb,
            "eventSourceARN": self.stream_arn,
        }

    def _deliver(self, shard: _Shard, records: list[dict[str, Any]], stop: threading.Event | None) -> None:
        work: deque[tuple[list[dict[str, Any]], int]] = deque([(records, 0)])
        while work:
            if stop is not None and stop.is_set():
                return
            batch, attempts = work.popleft()
            invocation = self.function.invoke(
                {"Records": batch}, source="dynamodb-stream", batch_size=len(batch)
            )
            failed = _failed_identifiers(
                invocation, self.mapping.report_batch_item_failures, batch, "SequenceNumber"
            )
            if failed is not None and not failed:
                continue
            if failed is None:
                remaining = batch
            else:
                # Lambda checkpoints before the lowest failed sequence number and retries from there.
                index = min(i for i, r in enumerate(batch) if _identifier(r, "SequenceNumber") in failed)
                remaining = batch[index:]
            attempts += 1
            condition = self._discard_condition(remaining, attempts)
            if condition:
                self._send_to_on_failure(shard, remaining, attempts, condition, invocation)
                continue
            if failed is None and self.mapping.bisect_on_error and len(remaining) > 1:
                middle = (len(remaining) + 1) // 2
                work.appendleft((remaining[middle:], attempts))
                work.appendleft((remaining[:middle], attempts))
                log.info("%s: batch of %d failed; bisecting", self.name, len(remaining))
                continue
            log.info("%s: retrying %d records (attempt %d)", self.name, len(remaining), attempts + 1)
            time.sleep(RETRY_BACKOFF_SECONDS[min(attempts - 1, len(RETRY_BACKOFF_SECONDS) - 1)])
            work.appendleft((remaining, attempts))

    def _discard_condition(self, records: list[dict[str, Any]], attempts: int) -> str | None:
        retries = self.mapping.maximum_retry_attempts
        if retries >= 0 and attempts > retries:
            return "RetryAttemptsExhausted"
        max_age = self.mapping.maximum_record_age_seconds
        if max_age >= 0:
            oldest = min(
                float(r["dynamodb"].get("ApproximateCreationDateTime", time.time())) for r in records
            )
            if time.time() - oldest > max_age:
                return "RecordAgeExceeded"
        return None

    def _send_to_on_failure(
        self,
        shard: _Shard,
        records: list[dict[str, Any]],
        attempts: int,
        condition: str,
        invocation: Invocation,
    ) -> None:
        log.warning("%s: discarding %d records (%s)", self.name, len(records), condition)
        if self.on_failure is None:
            return
        arrivals = [float(r["dynamodb"].get("ApproximateCreationDateTime", 0)) for r in records]
        response_context: dict[str, Any] = {"statusCode": 200, "executedVersion": "$LATEST"}
        if invocation.error is not None:
            response_context["functionError"] = "Unhandled"
        document = {
            "requestContext": {
                "requestId": str(uuid.uuid4()),
                "functionArn": self.function.arn,
                "condition": condition,
                "approximateInvokeCount": attempts,
            },
            "responseContext": response_context,
            "version": "1.0",
            "timestamp": _iso(time.time()),
            "DDBStreamBatchInfo": {
                "shardId": shard.shard_id,
                "startSequenceNumber": records[0]["dynamodb"]["SequenceNumber"],
                "endSequenceNumber": records[-1]["dynamodb"]["SequenceNumber"],
                "approximateArrivalOfFirstRecord": _iso(min(arrivals)),
                "approximateArrivalOfLastRecord": _iso(max(arrivals)),
                "batchSize": len(records),
                "streamArn": self.stream_arn,
            },
        }
        body = json.dumps(document)
        if ":sqs:" in self.on_failure:
            self.stack.client("sqs").send_message(
                QueueUrl=self.stack.queue_url(self.on_failure), MessageBody=body
            )
        elif ":sns:" in self.on_failure:
            self.stack.client("sns").publish(TopicArn=self.on_failure, Message=body)
        else:
            raise TemplateError(f"{self.name}: OnFailure destination {self.on_failure} is not SQS or SNS")


@dataclass
class _Shard:
    shard_id: str
    iterator: str
    buffer: list[dict[str, Any]] = field(default_factory=list)
    first_buffered_at: float | None = None


def _iso(epoch: float) -> str:
    return datetime.fromtimestamp(epoch, UTC).isoformat(timespec="milliseconds").replace("+00:00", "Z")
