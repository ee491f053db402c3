"""The classify function called as SQS would: partial failures, dedupe, and retry safety."""

import pytest
from pynamodb.exceptions import DoesNotExist

from portal.accepted import observe_messages
from portal.detection import Engine, default_matchers
from portal.storage.fields import FieldRecord, field_key
from tests.builders import message

NOW = "2026-11-29T01:00:00.000Z"


def record(record_id: str, body: str) -> dict:
    return {
        "messageId": record_id,
        "receiptHandle": record_id,
        "body": body,
        "eventSource": "aws:sqs",
        "attributes": {},
        "messageAttributes": {},
    }


def accepted(*messages: dict) -> str:
    [body] = observe_messages(messages, Engine(default_matchers()), "src_web", NOW)
    return body


@pytest.fixture
def classify(deployment):
    from classify_fn.app import lambda_handler

    return lambda_handler


def count(path: str) -> int:
    return FieldRecord.get(field_key(path), "META").count


def test_a_good_batch_reports_no_failures(classify, lambda_context):
    answer = classify(
        {"Records": [record("r1", accepted(message())), record("r2", accepted(message(messageId="b")))]},
        lambda_context,
    )
    assert answer == {"batchItemFailures": []}
    assert count("properties.email") == 2


def test_a_corrupt_record_fails_alone(classify, lambda_context):
    answer = classify(
        {"Records": [record("bad", "{not ours"), record("good", accepted(message()))]}, lambda_context
    )
    assert answer == {"batchItemFailures": [{"itemIdentifier": "bad"}]}
    assert count("properties.email") == 1


def test_a_redelivered_record_is_not_counted_twice(classify, lambda_context):
    body = accepted(message())
    classify({"Records": [record("r1", body)]}, lambda_context)
    classify({"Records": [record("r1", body)]}, lambda_context)
    assert count("properties.email") == 1


def test_failed_writes_return_the_batch_and_release_its_claims(classify, lambda_context, monkeypatch):
    from pynamodb.exceptions import UpdateError

    from classify_fn import app

    body = accepted(message(properties={"email": "jane@example.com"}))

    def failing(agg, recommend):
        raise UpdateError("throttled")

    monkeypatch.setattr(app, "record_field", failing)
    answer = classify({"Records": [record("r1", body)]}, lambda_context)
    assert answer == {"batchItemFailures": [{"itemIdentifier": "r1"}]}
    with pytest.raises(DoesNotExist):
        FieldRecord.get(field_key("properties.email"), "META")
    monkeypatch.undo()
    assert classify({"Records": [record("r1", body)]}, lambda_context) == {"batchItemFailures": []}
    assert count("properties.email") == 1
