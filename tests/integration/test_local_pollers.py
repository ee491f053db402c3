"""Event-source mappings as the local stack runs them, with stand-in handlers (no business logic)."""

import json
import textwrap
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pytest
from moto import mock_aws

from local import pollers
from local import template as local_template
from local.pollers import SqsPoller, StreamPoller
from local.provision import Stack, provision
from local.runtime import LocalFunction

TEMPLATE = """
Resources:
  Items:
    Type: AWS::DynamoDB::Table
    Properties:
      BillingMode: PAY_PER_REQUEST
      AttributeDefinitions: [{ AttributeName: id, AttributeType: S }]
      KeySchema: [{ AttributeName: id, KeyType: HASH }]
      StreamSpecification: { StreamViewType: NEW_IMAGE }
  Work:
    Type: AWS::SQS::Queue
    Properties:
      VisibilityTimeout: 1
      RedrivePolicy: { deadLetterTargetArn: !GetAtt Dead.Arn, maxReceiveCount: 2 }
  Dead:
    Type: AWS::SQS::Queue
  Picky:
    Type: AWS::SQS::Queue
  Failures:
    Type: AWS::SQS::Queue
  Consumer:
    Type: AWS::Serverless::Function
    Properties:
      Handler: standin.handler
      Events:
        Work:
          Type: SQS
          Properties:
            { Queue: !GetAtt Work.Arn, BatchSize: 5, FunctionResponseTypes: [ReportBatchItemFailures] }
        Picky:
          Type: SQS
          Properties:
            Queue: !GetAtt Picky.Arn
            FilterCriteria: { Filters: [{ Pattern: '{"body": {"kind": ["wanted"]}}' }] }
  Watcher:
    Type: AWS::Serverless::Function
    Properties:
      Handler: standin.handler
      Events:
        Changes:
          Type: DynamoDB
          Properties:
            Stream: !GetAtt Items.StreamArn
            StartingPosition: LATEST
            BatchSize: 10
            BisectBatchOnFunctionError: true
            MaximumRetryAttempts: 2
            FunctionResponseTypes: [ReportBatchItemFailures]
            DestinationConfig: { OnFailure: { Type: SQS, Destination: !GetAtt Failures.Arn } }
            FilterCriteria: { Filters: [{ Pattern: '{"eventName": ["INSERT"]}' }] }
"""


class StandIn:
    """A handler whose behaviour each test sets; it records every batch it was given."""

    def __init__(self) -> None:
        self.batches: list[list[dict[str, Any]]] = []
        self.behaviour: Callable[[list[dict[str, Any]]], Any] = lambda records: None

    def __call__(self, event: dict[str, Any], context: Any) -> Any:
        assert context.function_name and context.get_remaining_time_in_millis() > 0
        self.batches.append(event["Records"])
        return self.behaviour(event["Records"])


@pytest.fixture
def world(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[tuple[Stack, dict[str, Any]]]:
    monkeypatch.setattr(pollers, "RETRY_BACKOFF_SECONDS", (0.0,))
    path = tmp_path / "template.yaml"
    path.write_text(textwrap.dedent(TEMPLATE))
    template = local_template.load(path, stack_name="pollers-test")
    with mock_aws():
        stack = provision(template, None)
        consumer, watcher = StandIn(), StandIn()
        functions = {
            lid: LocalFunction(spec, stack.function_name(spec), "us-east-1", "123456789012", handler)
            for (lid, spec), handler in zip(template.functions.items(), (consumer, watcher), strict=True)
        }
        work_mapping, picky_mapping = template.functions["Consumer"].sqs
        (stream_mapping,) = template.functions["Watcher"].streams
        yield (
            stack,
            {
                "consumer": consumer,
                "watcher": watcher,
                "work": SqsPoller(stack, work_mapping, functions["Consumer"]),
                "picky": SqsPoller(stack, picky_mapping, functions["Consumer"]),
                "stream": StreamPoller(stack, stream_mapping, functions["Watcher"]),
            },
        )


def send(stack: Stack, queue: str, *bodies: str) -> None:
    for body in bodies:
        stack.client("sqs").send_message(QueueUrl=stack.refs[queue], MessageBody=body)


def bodies(batch: list[dict[str, Any]]) -> list[str]:
    return [r["body"] for r in batch]


def counts(stack: Stack, queue: str) -> tuple[int, int]:
    attributes = stack.client("sqs").get_queue_attributes(QueueUrl=stack.refs[queue], AttributeNames=["All"])
    a = attributes["Attributes"]
    return int(a["ApproximateNumberOfMessages"]), int(a["ApproximateNumberOfMessagesNotVisible"])


def test_sqs_batches_respect_batch_size_and_carry_lambda_fields(world):
    stack, w = world
    send(stack, "Work", *[f"m{i}" for i in range(7)])
    assert w["work"].drain() == 7
    assert [len(b) for b in w["consumer"].batches] == [5, 2]
    record = w["consumer"].batches[0][0]
    assert record["eventSource"] == "aws:sqs"
    assert record["eventSourceARN"] == stack.attributes[("Work", "Arn")]
    assert record["attributes"]["ApproximateReceiveCount"] == "1"
    assert counts(stack, "Work") == (0, 0)


def test_sqs_partial_failures_return_only_failed_messages_then_redrive_to_the_dlq(world):
    stack, w = world
    consumer = w["consumer"]
    consumer.behaviour = lambda records: {
        "batchItemFailures": [{"itemIdentifier": r["messageId"]} for r in records if r["body"] == "bad"]
    }
    send(stack, "Work", "ok1", "bad", "ok2")
    w["work"].drain()
    assert sorted(bodies(consumer.batches[0])) == ["bad", "ok1", "ok2"]
    assert counts(stack, "Work") == (0, 1)  # only "bad" is left, in flight until the visibility timeout

    time.sleep(1.2)
    w["work"].drain()
    assert bodies(consumer.batches[1]) == ["bad"]
    assert consumer.batches[1][0]["attributes"]["ApproximateReceiveCount"] == "2"

    time.sleep(1.2)  # received maxReceiveCount times: the next receive moves it to the DLQ
    assert w["work"].drain() == 0
    dead = stack.client("sqs").receive_message(QueueUrl=stack.refs["Dead"])["Messages"]
    assert [m["Body"] for m in dead] == ["bad"]


def test_a_raising_handler_or_an_unknown_identifier_fails_the_whole_sqs_batch(world):
    stack, w = world
    consumer = w["consumer"]

    def boom(records):
        raise RuntimeError("stand-in failure")

    consumer.behaviour = boom
    send(stack, "Work", "a", "b")
    w["work"].drain()
    assert counts(stack, "Work") == (0, 2)

    time.sleep(1.2)
    consumer.behaviour = lambda records: {"batchItemFailures": [{"itemIdentifier": "not-in-this-batch"}]}
    w["work"].drain()
    assert counts(stack, "Work") == (0, 2)


def test_sqs_filter_criteria_deletes_what_it_rejects(world):
    stack, w = world
    send(stack, "Picky", json.dumps({"kind": "wanted"}), json.dumps({"kind": "other"}), "plain text")
    w["picky"].drain()
    assert [json.loads(b) for b in bodies(w["consumer"].batches[0])] == [{"kind": "wanted"}]
    assert counts(stack, "Picky") == (0, 0)


def put(stack: Stack, *ids: str) -> None:
    for item_id in ids:
        stack.client("dynamodb").put_item(TableName=stack.refs["Items"], Item={"id": {"S": item_id}})


def ids(batch: list[dict[str, Any]]) -> list[str]:
    return [r["dynamodb"]["NewImage"]["id"]["S"] for r in batch]


def test_stream_starts_at_latest_and_filters_records(world):
    stack, w = world
    put(stack, "a", "b")
    put(stack, "a")  # MODIFY: filtered out by the INSERT-only pattern
    assert w["stream"].drain() == 2
    (batch,) = w["watcher"].batches
    assert ids(batch) == ["a", "b"]
    assert batch[0]["eventSourceARN"] == stack.attributes[("Items", "StreamArn")]
    assert isinstance(batch[0]["dynamodb"]["ApproximateCreationDateTime"], float)

    w["stream"].reset("LATEST")
    put(stack, "c")
    w["stream"].drain()
    assert ids(w["watcher"].batches[-1]) == ["c"]


def test_stream_partial_failure_retries_from_the_lowest_failed_sequence_number(world):
    stack, w = world
    watcher = w["watcher"]
    failed_once: set[str] = set()

    def fail_c_once(records):
        for record in records:
            if ids([record]) == ["c"] and "c" not in failed_once:
                failed_once.add("c")
                return {"batchItemFailures": [{"itemIdentifier": record["dynamodb"]["SequenceNumber"]}]}
        return {"batchItemFailures": []}

    watcher.behaviour = fail_c_once
    put(stack, "a", "b", "c", "d")
    w["stream"].drain()
    assert [ids(b) for b in watcher.batches] == [["a", "b", "c", "d"], ["c", "d"]]


def test_stream_bisects_a_poison_record_and_sends_it_to_on_failure(world):
    stack, w = world
    watcher = w["watcher"]

    def poison(records):
        if "p" in ids(records):
            raise ValueError("stand-in poison")

    watcher.behaviour = poison
    put(stack, "a", "b", "p", "d")
    w["stream"].drain()
    # Each failed invocation counts one attempt for its records; halves inherit the count. With
    # MaximumRetryAttempts: 2 the poison record's third failure discards it.
    assert [ids(b) for b in watcher.batches] == [["a", "b", "p", "d"], ["a", "b"], ["p", "d"], ["p"], ["d"]]

    (message,) = stack.client("sqs").receive_message(QueueUrl=stack.refs["Failures"])["Messages"]
    document = json.loads(message["Body"])
    assert document["requestContext"]["condition"] == "RetryAttemptsExhausted"
    assert document["requestContext"]["approximateInvokeCount"] == 3
    assert document["responseContext"]["functionError"] == "Unhandled"
    info = document["DDBStreamBatchInfo"]
    assert info["batchSize"] == 1
    assert info["startSequenceNumber"] == info["endSequenceNumber"]
    assert info["streamArn"] == stack.attributes[("Items", "StreamArn")]
